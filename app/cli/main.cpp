#include "CommandLine.h"
#include "SignalCancellation.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UsageDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("UsageDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USAGEDESK_VERSION));
    // Errors in the user's language (cli.md): the environment's, no setting.
    ud::installTranslations(app, QString());

    ud::CancellationFlag &cancellation = cli::installSignalCancellation();

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 5;
    return cli::runCommandLine(QCoreApplication::arguments().mid(1), cancellation, out, err);
}
