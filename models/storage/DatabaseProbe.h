#pragma once

#include "core/Result.h"
#include "storage/DatabaseTarget.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <optional>

namespace ud {

// What a candidate database holds, as Settings > Database shows it before a
// switch.
struct DatabaseProbeReport
{
    enum class State
    {
        Ready,        // UsageDesk's schema, up to date
        NeedsUpgrade, // an older schema: migrated when opened
        NeedsInit,    // reachable but without UsageDesk's schema
        NewFile,      // an SQLite file that does not exist yet: created when opened
    };
    State state = State::Ready;
    int schemaVersion = 0;
    int latestVersion = 0;

    // One sentence for the user: "Connected: schema version 7 (up to date)."
    QString describe() const;
};

// Looks at a database without changing it: a read-only connection of its own
// (Connection::openReadOnly), the schema version, nothing written, a missing
// SQLite file not created. Errors name the file or the host. Blocking, with
// a time limit on connecting (PostgreSQL's connect_timeout unless the URL has
// one; SQLite's busy timeout).
class DatabaseProbe
{
public:
    static Result<DatabaseProbeReport> run(const DatabaseTarget &target, int timeoutSeconds = 10);
};

// DatabaseProbe::run on a thread of its own (with the keychain's password
// when the target needs one, see DatabasePasswordStore); finished() comes on the thread
// that started it, at the latest after the time limit (with an error saying
// there was no answer). Destroying the job waits for the thread, which the
// connect timeout bounds.
class DatabaseProbeJob : public QObject
{
    Q_OBJECT

public:
    DatabaseProbeJob(DatabaseTarget target, int timeoutSeconds = 10, QObject *parent = nullptr);
    ~DatabaseProbeJob() override;

    void start();
    bool isRunning() const { return m_running; }
    const DatabaseTarget &target() const { return m_target; }
    // Set when finished() was emitted.
    const std::optional<Result<DatabaseProbeReport>> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void finish(Result<DatabaseProbeReport> result);

    DatabaseTarget m_target;
    int m_timeoutSeconds;
    bool m_running = false;
    int m_generation = 0; // a late answer of an earlier start() is dropped
    QPointer<QThread> m_thread;
    std::optional<Result<DatabaseProbeReport>> m_result;
};

} // namespace ud
