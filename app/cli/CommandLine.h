#pragma once

#include "CliContext.h"
#include "access/AccessGate.h"

#include <QCommandLineParser>
#include <QStringList>
#include <functional>

namespace cli {

// One command of cli.md: the words that name it, its synopsis, what it needs
// from the access gate, and the function that runs it with the arguments
// after its words.
struct Command
{
    QStringList words;
    QString synopsis;
    QString summary;
    ud::AccessRequirement requirement;
    bool signsIn = true; // every command but init, --help and --version
    std::function<int(CliContext &, const QStringList &)> run;
};

// A command whose model service authorizes and audits each action itself
// (saved filters, reports): the command line only requires a signed-in
// administrator and writes no second audit line. `run` gets the command too,
// for its synopsis in usage errors.
using CommandRunner = int (*)(CliContext &, const QStringList &, const Command &);
Command serviceCheckedCommand(const QStringList &words, const QString &synopsis,
                              const QString &summary, CommandRunner run);

// The --format option of the list commands (table, the default; csv; json)
// and its value, any case; BadInput naming the value for anything else.
enum class ListFormat
{
    Table,
    Csv,
    Json
};
QCommandLineOption listFormatOption();
ud::Result<ListFormat> listFormatOf(const QCommandLineParser &parser,
                                    const QCommandLineOption &option);

// Parses `args` (what follows the command's words) with `parser`, after
// adding --help. Returns an error naming the offending option for unknown
// options or missing values; `positional` is the allowed count range.
ud::Status parseCommandArguments(QCommandLineParser &parser, const Command &command,
                                 const QStringList &args, int minPositional, int maxPositional);

// The whole command line: global options, dispatch, the access gate, errors
// and exit codes. `arguments` excludes the program name.
int runCommandLine(const QStringList &arguments, ud::CancellationFlag &cancellation, QIODevice &out,
                   QIODevice &err);

} // namespace cli
