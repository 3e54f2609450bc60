#include "AppIcon.h"
#include "AppSession.h"
#include "ErrorText.h"
#include "FirstPageQuit.h"
#include "MainWindow.h"
#include "core/Translations.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabasePasswordStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
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
    // For benchmarks and scripted checks (docs/benchmarks.md, "GUI start"):
    // sign in without the dialog, with the password from USAGEDESK_PASSWORD,
    // checked by the same SignIn as the dialog's. Not a way around the
    // password: without the right one nothing is shown and the exit code is 3.
    const QCommandLineOption signInUserOption(
        QStringLiteral("sign-in-user"),
        QCoreApplication::translate(
            "main", "Sign in as NAME without the dialog; the password is read from "
                    "USAGEDESK_PASSWORD and checked as if typed (for benchmarks and scripts)."),
        QCoreApplication::translate("main", "NAME"));
    parser.addOption(signInUserOption);
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-first-page"),
        QCoreApplication::translate("main", "Quit once the Tenants page shows its first rows "
                                            "(for benchmarks)."));
    parser.addOption(quitOption);
    parser.process(app);

    // Read once and removed, so that no process started from here inherits it.
    const bool scripted = parser.isSet(signInUserOption);
    const QString password = qEnvironmentVariable("USAGEDESK_PASSWORD");
    const bool hasPassword = qEnvironmentVariableIsSet("USAGEDESK_PASSWORD");
    qunsetenv("USAGEDESK_PASSWORD");
    // Without a dialog errors go to standard error: nothing is shown.
    const auto fail = [scripted](const QString &message, int exitCode) {
        if (scripted)
            std::fprintf(stderr, "usagedesk: %s\n", qPrintable(message));
        else
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                                  message);
        return exitCode;
    };
    if (scripted && !hasPassword)
        return fail(QCoreApplication::translate(
                        "main", "--sign-in-user: not signed in: USAGEDESK_PASSWORD is not set"),
                    3);

    // --db, USAGEDESK_DB, the choice saved in Settings > Database, the default file.
    const auto resolved =
        ud::DatabaseChoice::resolve(parser.isSet(dbOption) ? parser.value(dbOption) : QString());
    if (!resolved)
        return fail(resolved.error().message, 2);
    // The saved PostgreSQL choice's password is in the keychain (unless
    // PGPASSWORD or ~/.pgpass gives it).
    const ud::DatabaseTarget target =
        resolved->source == ud::DatabaseChoice::Source::Saved
            ? ud::DatabasePasswordStore().withStoredPassword(resolved->target)
            : resolved->target;

    // Opens and migrates the database, then the first Super Administrator or
    // sign-in, then the main window; Cancel quits.
    AppSession session;
    const AppSession::Outcome outcome =
        scripted ? session.startSignedIn(target, {parser.value(signInUserOption), password})
                 : session.start(target);
    switch (outcome) {
    case AppSession::Outcome::SignedIn:
        break;
    case AppSession::Outcome::Cancelled:
        return 0;
    case AppSession::Outcome::Refused:
        return fail(session.errorText(), 3);
    case AppSession::Outcome::Failed:
        return fail(session.errorText(), 5);
    }
    std::unique_ptr<FirstPageQuit> quitter;
    if (parser.isSet(quitOption))
        quitter = std::make_unique<FirstPageQuit>(session.window(), sinceMain);
    return QApplication::exec();
}
