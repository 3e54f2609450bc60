#pragma once

#include <QString>

namespace ud {

// The kinds of failure the model layer reports. Both faces map them: the
// command line to its exit codes (cli.md), the GUI to how it shows them.
enum class ErrorKind
{
    BadInput,     // arguments, file contents, a filter, a period, a value out of range
    NotPermitted, // not signed in, or the role does not allow the action
    NotFound,     // report, role, administrator, schedule, tenant
    Storage,      // the database or a file could not be read or written
    Delivery,     // an e-mail could not be delivered
    Cancelled,    // the user (or a signal) cancelled the work in hand
};

// An error crosses layers as a value: a kind and a translated, user-facing
// message that says what was wrong and where.
struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message;

    static Error badInput(const QString &message) { return {ErrorKind::BadInput, message}; }
    static Error notPermitted(const QString &message) { return {ErrorKind::NotPermitted, message}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, message}; }
    static Error storage(const QString &message) { return {ErrorKind::Storage, message}; }
    static Error delivery(const QString &message) { return {ErrorKind::Delivery, message}; }
    static Error cancelled(const QString &message) { return {ErrorKind::Cancelled, message}; }
};

} // namespace ud
