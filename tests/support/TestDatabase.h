#pragma once

#include "storage/Connection.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database for one test, on the back end the test runs against:
// USAGEDESK_TEST_BACKEND=sqlite (default) or postgres. PostgreSQL tests get a
// new database on the fixture's throw-away cluster (USAGEDESK_TEST_PG_URL, or
// the URL in the file USAGEDESK_TEST_PG_URL_FILE); it is dropped afterwards.
// When the server cannot be reached the test fails: it is never skipped.
class TestDatabase
{
public:
    // The Super Administrator every migrated test database has; CliRunner
    // signs in as them unless a test says otherwise.
    static constexpr const char *kAdminUser = "admin";
    static constexpr const char *kAdminPassword = "test password 123";

    static ud::Backend backend();
    static QString backendName();

    // Created, migrated to the latest schema and given the administrator
    // kAdminUser (or left completely empty).
    static std::unique_ptr<TestDatabase> create(bool migrate = true);
    ~TestDatabase();

    const ud::DatabaseTarget &target() const { return m_target; }
    // The --db argument for the command line.
    QString cliTarget() const;
    std::unique_ptr<ud::Connection> connect(const QString &purpose = QString()) const;

    // Every table's rows, in key order, as text: equal dumps mean equal data.
    // The audit log is left out (every command, even a refused one, appends
    // to it); auditLog() has it.
    QString dump() const;
    // The same for the named tables only (to compare data across databases
    // whose administrators and timestamps necessarily differ).
    QString dump(const QStringList &tables) const;
    QString auditLog() const;
    qint64 count(const QString &table) const;

private:
    TestDatabase() = default;

    ud::DatabaseTarget m_target;
    ud::DatabaseTarget m_adminTarget;
    QTemporaryDir m_dir;
};
