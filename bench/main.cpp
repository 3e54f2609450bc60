#include "BenchReport.h"

#include <QCoreApplication>
#include <QList>
#include <cstdio>

// The subcommands, one file each.
QList<BenchCommand> benchCommands();

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QList<BenchCommand> commands = benchCommands();
    if (!args.isEmpty()) {
        for (const BenchCommand &command : commands) {
            if (command.name == args.first())
                return command.run(args.mid(1));
        }
    }
    std::fputs("usage: usagedesk-bench SUBCOMMAND [OPTIONS]\nsubcommands:\n", stderr);
    for (const BenchCommand &command : commands)
        std::fprintf(stderr, "  %s\n", qPrintable(command.usage));
    return 2;
}
