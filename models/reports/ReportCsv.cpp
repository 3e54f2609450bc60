#include "reports/ReportCsv.h"

using namespace Qt::StringLiterals;

namespace ud {

QStringList ReportCsv::columnNames()
{
    return {u"tenant_id"_s,     u"hostname"_s,    u"company_name"_s,   u"contract_mode"_s,
            u"period_start"_s,  u"period_end"_s,  u"users_peak"_s,     u"users_end"_s,
            u"voice_credits"_s, u"sms_credits"_s, u"authentications"_s};
}

ReportCsv::ReportCsv(QIODevice &device, CsvWriter::Options options, QDate first, QDate last)
    : m_csv(device, options)
    , m_first(first)
    , m_last(last)
{
    for (const QString &name : columnNames())
        m_csv.addPlain(name);
    m_csv.endRecord();
}

void ReportCsv::add(const ReportRow &row)
{
    // The tenant id and contract mode are program-made (a UUID, an enum
    // name): quoted if ever needed, never guarded.
    m_csv.addPlain(row.tenantId);
    m_csv.addText(row.hostname);
    m_csv.addText(row.companyName);
    m_csv.addPlain(row.contractMode);
    m_csv.addDate(m_first);
    m_csv.addDate(m_last);
    m_csv.addNumber(row.usersPeak);
    m_csv.addNumber(row.usersEnd);
    m_csv.addNumber(row.voiceCredits);
    m_csv.addNumber(row.smsCredits);
    m_csv.addNumber(row.authentications);
    m_csv.endRecord();
}

Status ReportCsv::flush()
{
    return m_csv.flush();
}

} // namespace ud
