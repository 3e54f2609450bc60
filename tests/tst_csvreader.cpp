#include "importing/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

// What the reader made of a whole input: one entry per record or problem,
// "LINE: field|field|..." or "LINE! problem".
QStringList readAll(const QByteArray &input, qsizetype blockSize = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, blockSize);
    QStringList out;
    for (;;) {
        const CsvReader::Next next = reader.next();
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed) {
            out << u"failed"_s;
            break;
        }
        if (next == CsvReader::Next::Problem) {
            out << u"%1! %2"_s.arg(reader.line()).arg(reader.problem());
            continue;
        }
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.text(i);
        out << u"%1: %2"_s.arg(reader.line()).arg(fields.join(u'|'));
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleLines()
    {
        QCOMPARE(readAll("a,b,c\n1,2,3\n"), (QStringList{u"1: a|b|c"_s, u"2: 1|2|3"_s}));
    }

    void bomIsIgnored()
    {
        QCOMPARE(readAll("\xEF\xBB\xBFtenant_id,x\n1,2\n"),
                 (QStringList{u"1: tenant_id|x"_s, u"2: 1|2"_s}));
    }

    void crlfLineEnds()
    {
        QCOMPARE(readAll("a,b\r\n1,\"2\"\r\n3,\r\n"),
                 (QStringList{u"1: a|b"_s, u"2: 1|2"_s, u"3: 3|"_s}));
    }

    void quotedDelimitersAndDoubledQuotes()
    {
        QCOMPARE(readAll("\"Acme, Inc.\",\"say \"\"hi\"\"\",\"\"\n"),
                 (QStringList{u"1: Acme, Inc.|say \"hi\"|"_s}));
    }

    void quotedLineBreakKeepsLaterLineNumbers()
    {
        const QStringList got =
            readAll("h1,h2\n\"two\nlines\",x\n\"three\r\nmore\nlines\",y\nz,w\n");
        QCOMPARE(got.size(), 4);
        QCOMPARE(got[1], u"2: two\nlines|x"_s);
        QCOMPARE(got[2], u"4: three\r\nmore\nlines|y"_s);
        QCOMPARE(got[3], u"7: z|w"_s);
    }

    void unbalancedQuoteAtEnd()
    {
        const QStringList got = readAll("a,b\n1,2\n3,\"open\nstill open\n");
        QCOMPARE(got.size(), 3);
        QVERIFY2(got[2].startsWith(u"3! unbalanced quote"_s), qPrintable(got[2]));
    }

    void textAfterClosingQuoteThenGoesOn()
    {
        const QStringList got = readAll("a,b\n\"x\"y,2\n3,4\n");
        QCOMPARE(got.size(), 3);
        QVERIFY2(got[1].startsWith(u"2! unexpected text after the closing quote"_s),
                 qPrintable(got[1]));
        QCOMPARE(got[2], u"3: 3|4"_s);
    }

    void quoteInsideUnquotedField()
    {
        const QStringList got = readAll("a,b\nab\"c,2\n3,4\n");
        QCOMPARE(got.size(), 3);
        QVERIFY2(got[1].startsWith(u"2! a quote inside an unquoted value"_s), qPrintable(got[1]));
        QCOMPARE(got[2], u"3: 3|4"_s);
    }

    void blankLinesAreSkippedButCounted()
    {
        QCOMPARE(readAll("a,b\n\n1,2\r\n\r\n\n3,4\n\n"),
                 (QStringList{u"1: a|b"_s, u"3: 1|2"_s, u"6: 3|4"_s}));
    }

    void invalidUtf8NamesTheLine()
    {
        const QStringList got = readAll("a,b\n1,2\n\xC3\x28,x\n\xE2\x82\xAC,ok\n");
        QCOMPARE(got.size(), 4);
        QVERIFY2(got[2].startsWith(u"3! the line is not valid UTF-8"_s), qPrintable(got[2]));
        QCOMPARE(got[3], u"4: €|ok"_s);
        // overlong form and a UTF-16 surrogate are not UTF-8 either
        QVERIFY(!isValidUtf8("\xC0\xAF"));
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80"));
        QVERIFY(!isValidUtf8("abc\xE2\x82"));
        QVERIFY(isValidUtf8("\xF0\x9F\x98\x80 ok"));
    }

    void lastLineWithoutNewline()
    {
        QCOMPARE(readAll("a,b\n1,2"), (QStringList{u"1: a|b"_s, u"2: 1|2"_s}));
        QCOMPARE(readAll("a,b\n1,\"2\""), (QStringList{u"1: a|b"_s, u"2: 1|2"_s}));
        QCOMPARE(readAll("a,b\r\n1,2\r"), (QStringList{u"1: a|b"_s, u"2: 1|2"_s}));
    }

    void emptyInput()
    {
        QCOMPARE(readAll(""), QStringList());
        QCOMPARE(readAll("\xEF\xBB\xBF"), QStringList());
    }

    void blockBoundariesAnywhere()
    {
        // Every block size from 1 up: fields, quotes, doubled quotes, CRLF
        // and the BOM all get split across reads somewhere.
        const QByteArray input = "\xEF\xBB\xBFid,name,note\r\n"
                                 "1,\"Acme, \"\"the\"\" best\",\"multi\nline\"\r\n"
                                 "2,Zürich AG,\r\n"
                                 "\r\n"
                                 "3,\"\",\"x\"\r\n";
        const QStringList expected = {u"1: id|name|note"_s,
                                      u"2: 1|Acme, \"the\" best|multi\nline"_s,
                                      u"4: 2|Zürich AG|"_s, u"6: 3||x"_s};
        QCOMPARE(readAll(input), expected);
        for (qsizetype block = 1; block <= 16; ++block)
            QCOMPARE(readAll(input, block), expected);
    }

    void bytesReadCountsTheDevice()
    {
        QBuffer buffer;
        buffer.setData("a,b\n1,2\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, 3);
        while (reader.next() == CsvReader::Next::Record) {
        }
        QCOMPARE(reader.bytesRead(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
