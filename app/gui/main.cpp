#include "AppIcon.h"
#include "ErrorText.h"
#include "FirstAdministratorDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "access/SignIn.h"
#include "core/Translations.h"
#include "storage/Connection.h"
#include "storage/Migrator.h"

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

    auto target = parser.isSet(dbOption) ? ud::DatabaseTarget::parse(parser.value(dbOption))
                                         : ud::DatabaseTarget::fromEnvironmentOrDefault();
    if (!target) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                              target.error().message);
        return 2;
    }

    // One connection for the GUI thread; it outlives the window. The schema is
    // brought up to date before anything else.
    auto connection = ud::Connection::open(*target, QStringLiteral("gui"));
    if (connection) {
        const auto migrated = ud::Migrator::migrate(**connection);
        if (!migrated)
            connection = migrated.error();
    }
    if (!connection) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                              connection.error().message);
        return 5;
    }

    // First start on an empty database: create the first Super Administrator;
    // otherwise sign in. Cancel quits.
    std::optional<ud::Actor> actor;
    const auto needsFirst = ud::SignIn(**connection, ud::systemClock()).needsFirstAdministrator();
    if (!needsFirst) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "UsageDesk"),
                              needsFirst.error().message);
        return 5;
    }
    if (*needsFirst) {
        FirstAdministratorDialog dialog(**connection);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        actor = dialog.actor();
    } else {
        SignInDialog dialog(**connection);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        actor = dialog.actor();
    }
    if (!actor)
        return 0;

    MainWindow window(**connection, *actor);
    window.show();
    return app.exec();
}
