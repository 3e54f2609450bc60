#include "MainWindow.h"
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

    // The schema is brought up to date before any page opens.
    {
        auto connection = ud::Connection::open(*target, QStringLiteral("startup"));
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
    }

    MainWindow window(*target);
    window.show();
    return app.exec();
}
