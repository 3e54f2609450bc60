#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real usagedesk-cli binary, as a user would, and collects what it
// printed and its exit code.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    // `database` is passed as --db.
    explicit CliRunner(QString database);

    CliResult run(const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    // For tests that must interrupt the process (kill, signals).
    static QString executable();
    QStringList withDatabase(const QStringList &arguments) const;
    QProcessEnvironment &environment() { return m_environment; }
    const QProcessEnvironment &environment() const { return m_environment; }

private:
    QString m_database;
    QProcessEnvironment m_environment;
};
