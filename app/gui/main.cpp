#include "AppIcon.h"
#include "AppSession.h"
#include "ErrorText.h"
#include "core/Translations.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabasePasswordStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UsageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("UsageDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USAGEDESK_VERSION));
    // Settings' "language" or the system's; a change applies at the next start.
    ud::installTranslations(app, ud::languageSetting());
    ErrorText::install(app);
    // Every PNG size of the icon, so no window scales a large one down; the
    // desktop file name lets Wayland compositors find the installed entry.
    QApplication::setWindowIcon(AppIcon::fromFolder(QStringLiteral(":/icons")));
    QGuiApplication::setDesktopFileName(QStringLiteral(USAGEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Usage reports for your tenants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "SQLite file or postgresql://user@host:port/dbname."),
        QCoreApplication::translate("main", "target"));
    parser.addOption(dbOption);
    parser.process(app);

    // --db, USAGEDESK_DB, the choice saved in Settings > Database, the default file.
    const auto resolved =
        ud::DatabaseChoice::resolve(parser.isSet(dbOption) ? parser.value(dbOption) : QString());
    if (!resolved) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                              resolved.error().message);
        return 2;
    }
    // The saved PostgreSQL choice's password is in the keychain (unless
    // PGPASSWORD or ~/.pgpass gives it).
    const ud::DatabaseTarget target =
        resolved->source == ud::DatabaseChoice::Source::Saved
            ? ud::DatabasePasswordStore().withStoredPassword(resolved->target)
            : resolved->target;

    // Opens and migrates the database, then the first Super Administrator or
    // sign-in, then the main window; Cancel quits.
    AppSession session;
    switch (session.start(target)) {
    case AppSession::Outcome::SignedIn:
        return QApplication::exec();
    case AppSession::Outcome::Cancelled:
        return 0;
    case AppSession::Outcome::Failed:
        break;
    }
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                          session.errorText());
    return 5;
}
