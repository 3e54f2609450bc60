#include "core/FieldRules.h"
#include "core/TextRules.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << u"2025-03-30"_s << QDate(2025, 3, 30);
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("no leap day") << u"2025-02-29"_s << QDate();
        QTest::newRow("month 13") << u"2025-13-01"_s << QDate();
        QTest::newRow("day 0") << u"2025-01-00"_s << QDate();
        QTest::newRow("short") << u"2025-1-01"_s << QDate();
        QTest::newRow("slashes") << u"2025/01/01"_s << QDate();
        QTest::newRow("time") << u"2025-01-01T00:00"_s << QDate();
        QTest::newRow("arabic digits") << u"٢٠٢٥-01-01"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void isoDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = parseIsoDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    void uuids()
    {
        QCOMPARE(normalizeUuid(u"0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9").value_or(QString()),
                 u"0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"_s);
        QVERIFY(!normalizeUuid(u"0a1b2c3d4e5f607182 93a4b5c6d7e8f9ab"));
        QVERIFY(!normalizeUuid(u"{0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9}"));
        QVERIFY(!normalizeUuid(u"0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8fg"));
        QVERIFY(!normalizeUuid(u"0a1b2c3d-4e5f-6071-82934-a4b5c6d7e8f"));
    }

    void flags()
    {
        for (const char *yes : {"true", "TRUE", "1", "Yes"})
            QCOMPARE(parseFlag(QString::fromLatin1(yes)), std::optional<bool>(true));
        for (const char *no : {"false", "False", "0", "NO", ""})
            QCOMPARE(parseFlag(QString::fromLatin1(no)), std::optional<bool>(false));
        QVERIFY(!parseFlag(u"y"));
        QVERIFY(!parseFlag(u"2"));
    }

    void nonNegativeIntegers()
    {
        QCOMPARE(parseNonNegative(u"0", 10), std::optional<qint64>(0));
        QCOMPARE(parseNonNegative(u"007", 10), std::optional<qint64>(7));
        QCOMPARE(parseNonNegative(u"2147483647", 2147483647), std::optional<qint64>(2147483647));
        QVERIFY(!parseNonNegative(u"2147483648", 2147483647));
        QCOMPARE(parseNonNegative(u"9223372036854775807", std::numeric_limits<qint64>::max()),
                 std::optional<qint64>(std::numeric_limits<qint64>::max()));
        QVERIFY(!parseNonNegative(u"9223372036854775808", std::numeric_limits<qint64>::max()));
        QVERIFY(!parseNonNegative(u"-1", 10));
        QVERIFY(!parseNonNegative(u"+1", 10));
        QVERIFY(!parseNonNegative(u"1.0", 10));
        QVERIFY(!parseNonNegative(u"", 10));
        QVERIFY(!parseNonNegative(u"1e3", 10000));
    }

    void controlCharacters()
    {
        QCOMPARE(firstControlCharacter(u"Acme Corp"), -1);
        QCOMPARE(firstControlCharacter(u"Acme\tCorp"), 4);
        QCOMPARE(firstControlCharacter(u"Acme\nCorp"), 4);
        QCOMPARE(firstControlCharacter(u"\u0085x"), 0);
        QCOMPARE(firstControlCharacter(u"Zürich Straße 東京"), -1);
    }

    void bidiControls()
    {
        QCOMPARE(firstBidiControl(u"Acme Corp"), -1);
        // Right-to-left letters and joiners are text, not controls.
        QCOMPARE(firstBidiControl(u"שלום مرحبا"), -1);
        QCOMPARE(firstBidiControl(u"می\u200Cخواهم 👩\u200D💻"), -1);
        QCOMPARE(firstBidiControl(u"Billing\u202Efdp.exe"), 7);
        QCOMPARE(firstBidiControl(u"EU\u200F"), 2);
        for (const char16_t c : {u'\u061C', u'\u200E', u'\u202A', u'\u202D', u'\u2066', u'\u2069'})
            QCOMPARE(firstBidiControl(QString(QChar(c)).append(u'x')), 0);
        QCOMPARE(firstBidiControl(u"\u2065\u206Ax"), -1); // the neighbours are not
    }

    // product.md names, as every dialog and command checks them
    // (docs/bad-input.md).
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("plain") << u"EU tenants"_s << QString();
        QTest::newRow("hebrew") << u"דוחות חודשיים"_s << QString();
        QTest::newRow("sql-looking") << u"x'; DROP TABLE tenants;--"_s << QString();
        QTest::newRow("100 characters") << QString(100, u'a') << QString();
        QTest::newRow("empty") << QString() << u"Name: a name is required"_s;
        QTest::newRow("spaces") << u"   "_s << u"Name: a name is required"_s;
        QTest::newRow("101 characters") << QString(101, u'a') << u"Name: at most 100"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"Name: control character U+0009 at position 2"_s;
        QTest::newRow("RLO") << u"Billing\u202Efdp.exe"_s
                             << u"Name: invisible text direction mark U+202E at position 8"_s;
        QTest::newRow("RLM") << u"EU\u200F"_s
                             << u"Name: invisible text direction mark U+200F at position 3"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, error);
        const auto checked = validateName(u"Name"_s, name);
        if (error.isEmpty()) {
            QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
            QCOMPARE(*checked, name.trimmed());
        } else {
            QVERIFY(!checked);
            QCOMPARE(checked.error().kind, ErrorKind::BadInput);
            QVERIFY2(checked.error().message.startsWith(error),
                     qPrintable(checked.error().message));
        }
    }

    void codePoints()
    {
        QCOMPARE(codePointCount(u"abc"), 3);
        QCOMPARE(codePointCount(u"\U0001F600x"), 2); // one emoji is one character
    }

    void caseFolding()
    {
        QCOMPARE(foldCase(u"ÄRGER Straße"_s), foldCase(u"ärger straße"_s));
        QCOMPARE(foldCase(u"ΣΊΣΥΦΟΣ"_s), foldCase(u"σίσυφοσ"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
