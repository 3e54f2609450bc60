#include "schedules/SmtpSettingsStore.h"

#include "core/FieldRules.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// A null QString binds as SQL NULL; these columns are NOT NULL DEFAULT ''.
QString nonNullText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::SmtpSettingsStore", text);
}

} // namespace

SmtpSettingsStore::SmtpSettingsStore(const Connection &connection, Actor actor, Clock clock)
    : m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_gate(connection, m_clock)
{}

Status SmtpSettingsStore::validate(const SmtpSettings &settings)
{
    const QString host = settings.host.trimmed();
    if (host.isEmpty())
        return Error::badInput(tr("--host: the SMTP server's host name is missing"));
    for (const QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::badInput(
                tr("--host: \"%1\" is not a host name (it contains a space)").arg(host));
    }
    if (settings.port < 1)
        return Error::badInput(tr("--port: the port must be between 1 and 65535"));
    if (settings.userName.contains(u'\n') || settings.userName.contains(u'\r'))
        return Error::badInput(tr("--user: the user name contains a line break"));
    if (const auto from = validateEmail(u"--from"_s, settings.fromAddress); !from)
        return from.error();
    if (settings.connectTimeoutMs <= 0 || settings.replyTimeoutMs <= 0)
        return Error::badInput(tr("timeouts must be positive"));
    return {};
}

Result<std::optional<SmtpSettings>> SmtpSettingsStore::read(const Connection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT host, port, security, user_name, from_address, trusted_fingerprint "
                  "FROM smtp_settings WHERE id = ?"_s);
    query.addBindValue(1);
    if (!query.exec())
        return sqlError(query, tr("reading the SMTP settings"));
    if (!query.next())
        return std::optional<SmtpSettings>();
    SmtpSettings settings;
    settings.host = query.value(0).toString();
    settings.port = quint16(query.value(1).toInt());
    settings.security = SmtpSettings::parseSecurity(query.value(2).toString())
                            .value_or(SmtpSettings::Security::Tls);
    settings.userName = query.value(3).toString();
    settings.fromAddress = query.value(4).toString();
    settings.trustedFingerprint = query.value(5).toString();
    // Tests and slow servers may shorten or lengthen the reply timeout
    // without a schema change: it is a property of this machine's setup.
    bool ok = false;
    const int replyTimeout = qEnvironmentVariableIntValue("USAGEDESK_SMTP_REPLY_TIMEOUT_MS", &ok);
    if (ok && replyTimeout > 0) {
        settings.replyTimeoutMs = replyTimeout;
        settings.connectTimeoutMs = qMin(settings.connectTimeoutMs, replyTimeout);
    }
    return std::optional<SmtpSettings>(settings);
}

Result<std::optional<SmtpSettings>> SmtpSettingsStore::load() const
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::Settings, Action::View},
                                              u"view SMTP settings"_s, u"smtp"_s);
        !allowed)
        return allowed.error();
    return read(m_connection);
}

Status SmtpSettingsStore::save(const SmtpSettings &settings)
{
    if (const Status allowed = m_gate.require(m_actor, {Entity::Settings, Action::Edit},
                                              u"set SMTP settings"_s, u"smtp"_s);
        !allowed)
        return allowed;
    if (const Status valid = validate(settings); !valid)
        return valid;
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO smtp_settings (id, host, port, security, user_name, from_address, "
                  "trusted_fingerprint, updated_at) VALUES (1, ?, ?, ?, COALESCE(?, ''), ?, "
                  "COALESCE(?, ''), ?) "
                  "ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, "
                  "security = excluded.security, user_name = excluded.user_name, "
                  "from_address = excluded.from_address, "
                  "trusted_fingerprint = excluded.trusted_fingerprint, "
                  "updated_at = excluded.updated_at"_s);
    const QString security = SmtpSettings::securityId(settings.security);
    query.addBindValue(settings.host.trimmed());
    query.addBindValue(int(settings.port));
    query.addBindValue(security);
    query.addBindValue(nonNullText(settings.userName.trimmed()));
    query.addBindValue(settings.fromAddress.trimmed());
    query.addBindValue(nonNullText(settings.trustedFingerprint.trimmed()));
    query.addBindValue(isoUtc(m_clock()));
    if (!query.exec())
        return sqlError(query, tr("saving the SMTP settings"));
    const QString detail = u"%1:%2 %3 user %4 from %5"_s.arg(
        settings.host.trimmed(), QString::number(settings.port), security,
        settings.userName.isEmpty() ? u"-"_s : settings.userName.trimmed(),
        settings.fromAddress.trimmed());
    return m_gate.commitAudited(**transaction, m_actor, u"set SMTP settings"_s, u"smtp"_s, detail);
}

} // namespace ud
