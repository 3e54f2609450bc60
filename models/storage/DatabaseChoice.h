#pragma once

#include "core/Result.h"
#include "storage/DatabaseTarget.h"

#include <QString>

namespace ud {

// Which database the GUI opens, first match wins:
//   1. --db on the command line,
//   2. the USAGEDESK_DB environment variable,
//   3. the choice saved in Settings > Database (QSettings "database/target"),
//   4. usagedesk.sqlite in the per-user data folder.
// The command line ignores the saved choice: a script must say where it
// works. The saved text is the --db form without any password.
class DatabaseChoice
{
public:
    static constexpr const char *SettingsKey = "database/target";

    enum class Source
    {
        CommandLine,
        Environment,
        Saved,
        Default,
    };
    struct Resolved
    {
        DatabaseTarget target;
        Source source = Source::Default;
    };

    // `commandLine` is the --db value, null when --db was not given.
    static Result<Resolved> resolve(const QString &commandLine);

    // The saved --db text; empty when nothing is saved.
    static QString saved();
    static void save(const DatabaseTarget &target);
    static void clear();

    // The --db form of a target, never with its password: a file path or a
    // postgresql://user@host:port/dbname URL with its options.
    static QString textOf(const DatabaseTarget &target);
};

} // namespace ud
