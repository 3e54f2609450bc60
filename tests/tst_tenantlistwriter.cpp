#include "tenants/TenantListWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

Tenant tenant(int n, const QString &company)
{
    Tenant t;
    t.tenantId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    t.hostname = u"t%1.example.com"_s.arg(n);
    t.companyName = company;
    t.createdOn = QDate(2024, 1, 1);
    return t;
}

QByteArray write(TenantListWriter::Format format, const QList<Tenant> &tenants)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TenantListWriter writer(buffer, format);
    for (const Tenant &t : tenants) {
        if (!writer.add(t))
            return "add failed";
    }
    if (!writer.finish())
        return "finish failed";
    return buffer.data();
}

} // namespace

// The writer alone, with what a database would rarely give: control
// characters, many rows, a failing device.
class TestTenantListWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(TenantListWriter::formatFromName(u"CSV"), TenantListWriter::Format::Csv);
        QCOMPARE(TenantListWriter::formatFromName(u"json"), TenantListWriter::Format::Json);
        QCOMPARE(TenantListWriter::formatFromName(u"Table"), TenantListWriter::Format::Table);
        QVERIFY(!TenantListWriter::formatFromName(u"xml"));
        QVERIFY(!TenantListWriter::formatFromName(u""));
    }

    void jsonEscapesEverything()
    {
        const QString nasty = u"q\" b\\ t\t n\n c\x01 u\u2028 😀 </script>"_s;
        const QByteArray out = write(TenantListWriter::Format::Json, {tenant(1, nasty)});
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(document.array()[0].toObject()[u"company_name"_s].toString(), nasty);
        QVERIFY(out.contains("\\u0001"));
    }

    void jsonOfManyRows()
    {
        QList<Tenant> tenants;
        for (int i = 0; i < 3000; ++i) // more than one flush of the buffer
            tenants << tenant(i, u"Company number %1 with a longish name"_s.arg(i));
        const QByteArray out = write(TenantListWriter::Format::Json, tenants);
        const QJsonArray array = QJsonDocument::fromJson(out).array();
        QCOMPARE(array.size(), 3000);
        QCOMPARE(array[2999].toObject()[u"hostname"_s].toString(), u"t2999.example.com"_s);
    }

    void tableWidthsComeFromTheSample()
    {
        QList<Tenant> tenants;
        for (int i = 0; i < TenantListWriter::kTableWidthSample + 10; ++i)
            tenants << tenant(i, u"Co"_s);
        // Wider than anything in the sample: its line is longer, nothing breaks.
        tenants.last().companyName = u"A much wider company name than the rest"_s;
        const QByteArray out = write(TenantListWriter::Format::Table, tenants);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 2 + tenants.size() + 1);
        QVERIFY(lines[0].startsWith("tenant_id"));
        const qsizetype modeColumn = lines[0].indexOf("contract_mode");
        QCOMPARE(lines[2].indexOf("UNKNOWN"), modeColumn);
        QCOMPARE(lines[tenants.size()].indexOf("UNKNOWN"), modeColumn); // after the sample
        QVERIFY(lines[tenants.size() + 1].indexOf("UNKNOWN") > modeColumn);
        for (const QByteArray &line : lines)
            QVERIFY(!line.endsWith(' '));
    }

    void tableWidthsCountCharacters()
    {
        const QByteArray out =
            write(TenantListWriter::Format::Table, {tenant(1, u"ÄÖÜ ΣΣ"_s), tenant(2, u"abc"_s)});
        const QList<QString> lines = QString::fromUtf8(out).split(u'\n');
        QCOMPARE(lines[2].indexOf(u"UNKNOWN"), lines[3].indexOf(u"UNKNOWN"));
    }

    void writeErrorIsReported()
    {
        QBuffer buffer; // not open: every write fails
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        TenantListWriter writer(buffer, TenantListWriter::Format::Json);
        QVERIFY(writer.add(tenant(1, u"x"_s))); // still buffered
        const Status finished = writer.finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error().kind, ErrorKind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestTenantListWriter)
#include "tst_tenantlistwriter.moc"
