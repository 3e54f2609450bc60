#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <memory>
#include <optional>

namespace cli {

// The options every command shares (cli.md, "Common options").
struct GlobalOptions
{
    std::optional<QString> database; // --db
    QString user;                    // --user or USAGEDESK_USER
    std::optional<QDate> today;      // --today
    std::optional<QDateTime> now;    // --now
    bool help = false;
    bool version = false;
};

// What a command gets to work with: its streams, the global options, the
// cancellation flag SIGINT/SIGTERM set, and the database.
class CliContext
{
public:
    CliContext(GlobalOptions options, ud::CancellationFlag &cancellation, QIODevice &out,
               QIODevice &err);

    const GlobalOptions &options() const { return m_options; }
    ud::CancellationFlag &cancellation() { return m_cancellation; }

    // Standard output as text, and as the raw device for bulk output (flush
    // the text stream before writing to the device).
    QTextStream &out() { return m_out; }
    QIODevice &outDevice() { return m_outDevice; }
    QTextStream &err() { return m_err; }

    // --today, else the clock's date in UTC (usage days are UTC days).
    QDate today() const;
    // --today, else the clock's date in the reporting time zone: the
    // "today" of report periods (report-csv.md).
    ud::Result<QDate> reportingToday(const ud::Connection &connection) const;
    QDateTime now() const;

    ud::Result<ud::DatabaseTarget> databaseTarget() const;

    enum class Schema
    {
        Create,
        MustExist
    };
    // Opens the database. With Schema::Create (init) a missing database is
    // created and migrated; with MustExist a database without UsageDesk's
    // schema is an error, and an older schema is migrated forward.
    ud::Result<std::unique_ptr<ud::Connection>> openDatabase(Schema schema = Schema::MustExist);

    // Signs in --user / USAGEDESK_USER with USAGEDESK_PASSWORD or a terminal
    // prompt, on a connection of its own that the context keeps. Every
    // command but init, --help and --version does this before it runs.
    ud::Result<ud::Actor> signIn();
    const ud::Actor &actor() const { return m_actor; }
    ud::Clock clock() const;
    // The connection sign-in opened (null before signIn()).
    ud::Connection *signInConnection() const { return m_signInConnection.get(); }

    // The audit line of the change the gate let this command start: the
    // command hands it to its work (ImportOptions, SeedOptions), which records
    // it in the change's own transaction. Empty for views and for commands
    // whose services audit themselves.
    const ud::PendingAudit &allowedChange() const { return m_allowedChange; }
    void setAllowedChange(ud::PendingAudit audit) { m_allowedChange = std::move(audit); }

    // Prints the error (in the user's language) and returns its exit code.
    int fail(const ud::Error &error);
    int failBadInput(const QString &message);

private:
    GlobalOptions m_options;
    ud::CancellationFlag &m_cancellation;
    QIODevice &m_outDevice;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<ud::Connection> m_signInConnection;
    ud::Actor m_actor;
    ud::PendingAudit m_allowedChange;
};

} // namespace cli
