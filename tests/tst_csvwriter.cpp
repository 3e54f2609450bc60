#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

// A device that accepts `capacity` bytes, then fails every write.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

QByteArray write(CsvWriter::Options options, const std::function<void(CsvWriter &)> &fill)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    fill(writer);
    if (!writer.flush())
        return "<error>";
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsEndWithCrlf()
    {
        const QByteArray bytes = write({}, [](CsvWriter &w) {
            w.addPlain(u"a");
            w.addNumber(1);
            w.endRecord();
            w.addPlain(u"b");
            w.addNumber(-2);
            w.endRecord();
        });
        QCOMPARE(bytes, QByteArray("a,1\r\nb,-2\r\n"));
    }

    void quotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << ',' << u"Acme Corp"_s << QByteArray("Acme Corp");
        QTest::newRow("comma") << ',' << u"Acme, Inc."_s << QByteArray("\"Acme, Inc.\"");
        QTest::newRow("pipe kept under comma") << ',' << u"a|b"_s << QByteArray("a|b");
        QTest::newRow("pipe under pipe") << '|' << u"a|b"_s << QByteArray("\"a|b\"");
        QTest::newRow("comma under pipe") << '|' << u"a,b"_s << QByteArray("a,b");
        QTest::newRow("semicolon") << ';' << u"a;b"_s << QByteArray("\"a;b\"");
        QTest::newRow("tab") << '\t' << u"a\tb"_s << QByteArray("\"a\tb\"");
        QTest::newRow("quote") << ',' << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << ',' << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::newRow("cr") << ',' << u"a\rb"_s << QByteArray("\"a\rb\"");
        QTest::newRow("utf8") << ',' << u"Zürich 東京"_s
                              << QByteArray("Z\xC3\xBCrich \xE6\x9D\xB1\xE4\xBA\xAC");
        QTest::newRow("empty") << ',' << QString() << QByteArray();
    }
    void quotesOnlyWhenNeeded()
    {
        QFETCH(char, delimiter);
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        const QByteArray bytes = write({delimiter, false, true}, [&](CsvWriter &w) {
            w.addText(text);
            w.endRecord();
        });
        QCOMPARE(bytes, expected + "\r\n");
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("guarded");
        QTest::newRow("=") << u"=SUM(A1)"_s << QByteArray("'=SUM(A1)");
        QTest::newRow("+") << u"+1"_s << QByteArray("'+1");
        QTest::newRow("-") << u"-1"_s << QByteArray("'-1");
        QTest::newRow("@") << u"@cmd"_s << QByteArray("'@cmd");
        QTest::newRow("tab") << u"\tx"_s << QByteArray("'\tx");
        QTest::newRow("cr quoted after guard") << u"\rx"_s << QByteArray("\"'\rx\"");
        QTest::newRow("comma quoted after guard") << u"=a,b"_s << QByteArray("\"'=a,b\"");
        QTest::newRow("middle untouched") << u"a=b"_s << QByteArray("a=b");
    }
    void formulaGuard()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, guarded);
        QCOMPARE(write({}, [&](CsvWriter &w) { w.addText(text); }), guarded);
        const QByteArray unguarded =
            write({',', false, false}, [&](CsvWriter &w) { w.addText(text); });
        QVERIFY(!unguarded.startsWith('\''));
        QVERIFY(!unguarded.startsWith("\"'"));
    }

    void numbersAndDatesAreNeverGuarded()
    {
        const QByteArray bytes = write({}, [](CsvWriter &w) {
            w.addNumber(-5);
            w.addDate(QDate(2025, 1, 31));
            w.endRecord();
        });
        QCOMPARE(bytes, QByteArray("-5,2025-01-31\r\n"));
    }

    void byteOrderMarkOnceAtStart()
    {
        const QByteArray bytes = write({',', true, true}, [](CsvWriter &w) {
            w.addPlain(u"x");
            w.endRecord();
            QVERIFY(w.flush());
            w.addPlain(u"y");
            w.endRecord();
        });
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFx\r\ny\r\n"));
    }

    void writeErrorIsReported()
    {
        FailingDevice device(1000);
        CsvWriter writer(device, {});
        for (int i = 0; i < 100000; ++i) {
            writer.addText(u"some tenant name");
            writer.endRecord();
        }
        const Status status = writer.flush();
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(u"No space left on device"_s),
                 qPrintable(status.error().message));
    }

    void delimiterNames()
    {
        QCOMPARE(CsvWriter::delimiterFromName(u"comma"), std::optional<char>(','));
        QCOMPARE(CsvWriter::delimiterFromName(u"PIPE"), std::optional<char>('|'));
        QCOMPARE(CsvWriter::delimiterFromName(u"semicolon"), std::optional<char>(';'));
        QCOMPARE(CsvWriter::delimiterFromName(u"tab"), std::optional<char>('\t'));
        QVERIFY(!CsvWriter::delimiterFromName(u"colon"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
