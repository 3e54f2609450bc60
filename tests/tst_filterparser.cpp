#include "filters/FilterParser.h"
#include "filters/FilterSql.h"

#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

// The text form of filters.md, without a database: what parses, into what,
// and where each malformed input is reported.
class TestFilterParser : public QObject
{
    Q_OBJECT

private:
    static QString sampleValue(FilterAttribute attribute)
    {
        switch (filterValueKind(attribute)) {
        case FilterValueKind::Text:
            return u"acme"_s;
        case FilterValueKind::ContractMode:
            return u"TRIAL"_s;
        case FilterValueKind::Boolean:
            return u"true"_s;
        case FilterValueKind::Date:
            break;
        }
        return u"2024-02-29"_s;
    }

private Q_SLOTS:
    void operatorsForMatchTheSpec()
    {
        using enum FilterOperator;
        const QList<FilterOperator> text = {Eq, Ne, Contains, NotContains, StartsWith, EndsWith};
        QCOMPARE(operatorsFor(FilterAttribute::Hostname), text);
        QCOMPARE(operatorsFor(FilterAttribute::CompanyName), text);
        QCOMPARE(operatorsFor(FilterAttribute::ContractMode), (QList<FilterOperator>{Eq, Ne}));
        for (auto attribute :
             {FilterAttribute::Locked, FilterAttribute::ServiceProvider,
              FilterAttribute::AuthenticationAccount, FilterAttribute::IssuanceAccount})
            QCOMPARE(operatorsFor(attribute), QList<FilterOperator>{Eq});
        QCOMPARE(operatorsFor(FilterAttribute::CreatedOn),
                 (QList<FilterOperator>{Eq, Before, After}));
    }

    void everyOperatorOnEveryAttribute()
    {
        for (FilterAttribute attribute : allFilterAttributes()) {
            for (FilterOperator op : allFilterOperators()) {
                const QString name = filterAttributeName(attribute);
                const QString text =
                    name + u' ' + filterOperatorName(op) + u' ' + sampleValue(attribute);
                const auto parsed = FilterParser::parse(text);
                if (operatorFits(attribute, op)) {
                    QVERIFY2(parsed, qPrintable(text));
                    QCOMPARE(parsed->conditions.size(), 1);
                    QCOMPARE(parsed->conditions[0],
                             (FilterCondition{attribute, op, sampleValue(attribute)}));
                    QCOMPARE(parsed->toText(), text);
                } else {
                    QVERIFY2(!parsed, qPrintable(text));
                    QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
                    const QString expected =
                        u"position %1: operator \"%2\" does not apply to %3"_s.arg(name.size() + 2)
                            .arg(filterOperatorName(op), name);
                    QVERIFY2(parsed.error().message.startsWith(expected),
                             qPrintable(parsed.error().message));
                }
            }
        }
    }

    void blankIsEveryTenant()
    {
        for (const QString &text : {u""_s, u"   "_s, u"\t\n "_s}) {
            const auto parsed = FilterParser::parse(text);
            QVERIFY(parsed);
            QVERIFY(parsed->isEmpty());
            QCOMPARE(parsed->toText(), QString());
        }
    }

    void keywordsAreCaseInsensitive()
    {
        const auto parsed = FilterParser::parse(
            u"HOSTNAME Eq Foo.COM AND Contract_Mode NE trial aNd LOCKED EQ TRUE and "
            "created_ON BEFORE 2024-01-31 and Company_Name Not_Contains \"X Y\" and "
            "contract_mode eq Production and issuance_account eq False"_s);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const QList<FilterCondition> expected = {
            {FilterAttribute::Hostname, FilterOperator::Eq, u"Foo.COM"_s}, // values as typed
            {FilterAttribute::ContractMode, FilterOperator::Ne, u"TRIAL"_s},
            {FilterAttribute::Locked, FilterOperator::Eq, u"true"_s},
            {FilterAttribute::CreatedOn, FilterOperator::Before, u"2024-01-31"_s},
            {FilterAttribute::CompanyName, FilterOperator::NotContains, u"X Y"_s},
            {FilterAttribute::ContractMode, FilterOperator::Eq, u"PRODUCTION"_s},
            {FilterAttribute::IssuanceAccount, FilterOperator::Eq, u"false"_s},
        };
        QCOMPARE(parsed->conditions, expected);
        QCOMPARE(parsed->toText(),
                 u"hostname eq Foo.COM and contract_mode ne TRIAL and locked eq true and "
                 "created_on before 2024-01-31 and company_name not_contains \"X Y\" and "
                 "contract_mode eq PRODUCTION and issuance_account eq false"_s);
    }

    void keywordsAreAsciiOnly()
    {
        // U+017F LATIN SMALL LETTER LONG S folds to "s": not a keyword spelling.
        QVERIFY(!FilterParser::parse(u"ho\u017Ftname eq x"_s));
    }

    void values_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("value");
        QTest::newRow("bare") << u"acme.example.com"_s << u"acme.example.com"_s;
        QTest::newRow("quoted") << u"\"acme corp\""_s << u"acme corp"_s;
        QTest::newRow("escaped quote") << u"\"say \\\"hi\\\"\""_s << u"say \"hi\""_s;
        QTest::newRow("escaped backslash") << u"\"a\\\\b\""_s << u"a\\b"_s;
        QTest::newRow("two backslashes") << u"\"\\\\\\\\\""_s << u"\\\\"_s;
        QTest::newRow("empty quoted") << u"\"\""_s << QString();
        QTest::newRow("spaces kept") << u"\"  spaced  out  \""_s << u"  spaced  out  "_s;
        QTest::newRow("quoted and") << u"\"and\""_s << u"and"_s;
        QTest::newRow("quote in bare word") << u"O\"Brien"_s << u"O\"Brien"_s;
        QTest::newRow("quote at end of bare word") << u"inch\""_s << u"inch\""_s;
        QTest::newRow("backslash in bare word") << u"a\\b\\n"_s << u"a\\b\\n"_s;
        QTest::newRow("wildcards") << u"100%_*?"_s << u"100%_*?"_s;
        QTest::newRow("apostrophe") << u"O'Reilly"_s << u"O'Reilly"_s;
        QTest::newRow("unicode") << u"ÄRGER"_s << u"ÄRGER"_s;
        QTest::newRow("emoji quoted") << u"\"😀 x\""_s << u"😀 x"_s;
        QTest::newRow("formula") << u"=SUM(A1)"_s << u"=SUM(A1)"_s;
    }

    void values()
    {
        QFETCH(QString, written);
        QFETCH(QString, value);
        const QString text = u"company_name eq "_s + written + u" and locked eq false"_s;
        const auto parsed = FilterParser::parse(text);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->conditions.size(), 2);
        QCOMPARE(parsed->conditions[0].value, value);
        // And back: the canonical text reads as the same filter.
        const auto again = FilterParser::parse(parsed->toText());
        QVERIFY2(again, qPrintable(parsed->toText()));
        QCOMPARE(*again, *parsed);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown attribute")
            << u"hostnam eq x"_s << 1
            << u"unknown attribute \"hostnam\"; expected one of hostname, company_name, "
               "contract_mode, locked, service_provider, authentication_account, "
               "issuance_account, created_on"_s;
        QTest::newRow("unknown attribute later")
            << u"locked eq true and   hostnam eq x"_s << 22 << u"unknown attribute \"hostnam\""_s;
        QTest::newRow("quote as attribute")
            << u"\"hostname\" eq x"_s << 1 << u"unknown attribute \"\"hostname\"\""_s;
        QTest::newRow("unknown operator")
            << u"hostname equals x"_s << 10
            << u"unknown operator \"equals\"; expected one of eq, ne, contains, not_contains, "
               "starts_with, ends_with"_s;
        QTest::newRow("symbol operator") << u"hostname = x"_s << 10 << u"unknown operator \"=\""_s;
        QTest::newRow("operator not fitting bool")
            << u"locked contains x"_s << 8
            << u"operator \"contains\" does not apply to locked; expected one of eq"_s;
        QTest::newRow("operator not fitting enum")
            << u"contract_mode starts_with TR"_s << 15
            << u"operator \"starts_with\" does not apply to contract_mode; expected one of eq, "
               "ne"_s;
        QTest::newRow("operator not fitting date")
            << u"created_on ne 2024-01-01"_s << 12
            << u"operator \"ne\" does not apply to created_on; expected one of eq, before, "
               "after"_s;
        QTest::newRow("before on text")
            << u"hostname before x"_s << 10 << u"operator \"before\" does not apply to hostname"_s;
        QTest::newRow("missing operator")
            << u"hostname"_s << 9 << u"missing operator after \"hostname\""_s;
        QTest::newRow("missing operator, spaces")
            << u"hostname   "_s << 12 << u"missing operator after \"hostname\""_s;
        QTest::newRow("missing value") << u"hostname eq"_s << 12
                                       << u"missing value after \"eq\"; expected a word or a "
                                          "\"quoted text\""_s;
        QTest::newRow("missing value before and")
            << u"hostname eq and locked eq true"_s << 13 << u"missing value before \"and\""_s;
        QTest::newRow("missing bool")
            << u"locked eq "_s << 11 << u"missing value after \"eq\"; expected true or false"_s;
        QTest::newRow("unterminated") << u"hostname eq \"abc"_s << 13
                                      << u"unterminated quoted value; expected a closing \""_s;
        QTest::newRow("unterminated by escape")
            << u"hostname eq \"ab\\\""_s << 13 << u"unterminated quoted value"_s;
        QTest::newRow("lone backslash at end")
            << u"hostname eq \"ab\\"_s << 13 << u"unterminated quoted value"_s;
        QTest::newRow("bad escape")
            << u"hostname eq \"a\\nb\""_s << 15 << u"invalid escape \"\\n\" in a quoted value"_s;
        QTest::newRow("bad escape quote-like")
            << u"hostname eq \"a\\'b\""_s << 15 << u"invalid escape \"\\'\""_s;
        QTest::newRow("glued after quote")
            << u"hostname eq \"ab\"x"_s << 17 << u"unexpected \"x\" after the quoted value"_s;
        QTest::newRow("glued quote after quote")
            << u"hostname eq \"ab\"\"cd\""_s << 17 << u"unexpected \"\"\" after the quoted value"_s;
        QTest::newRow("trailing and") << u"hostname eq x and"_s << 15
                                      << u"\"and\" at the end; expected a condition after it"_s;
        QTest::newRow("trailing and, spaces")
            << u"hostname eq x  AND  "_s << 16 << u"\"and\" at the end"_s;
        QTest::newRow("duplicate and") << u"hostname eq x and and locked eq true"_s << 19
                                       << u"duplicate \"and\"; expected an attribute"_s;
        QTest::newRow("leading and")
            << u"and hostname eq x"_s << 1 << u"\"and\" without a condition before it"_s;
        QTest::newRow("missing and") << u"hostname eq x locked eq true"_s << 15
                                     << u"expected \"and\" or the end of the filter, found "
                                        "\"locked\""_s;
        QTest::newRow("or is not supported") << u"hostname eq x or hostname eq y"_s << 15
                                             << u"expected \"and\" or the end of the filter, "
                                                "found \"or\""_s;
        QTest::newRow("garbage after quoted")
            << u"hostname eq \"x y\" ;"_s << 19 << u"found \";\""_s;
        QTest::newRow("bad date") << u"created_on eq 2024-13-01"_s << 15
                                  << u"malformed value \"2024-13-01\" for created_on; expected a "
                                     "date YYYY-MM-DD"_s;
        QTest::newRow("impossible date")
            << u"created_on after 2023-02-29"_s << 18 << u"malformed value \"2023-02-29\""_s;
        QTest::newRow("short date")
            << u"created_on before 2024-1-01"_s << 19 << u"expected a date YYYY-MM-DD"_s;
        QTest::newRow("bad enum") << u"contract_mode eq TRAIL"_s << 18
                                  << u"malformed value \"TRAIL\" for contract_mode; expected one "
                                     "of PRODUCTION, TRIAL, UNKNOWN"_s;
        QTest::newRow("bad bool") << u"service_provider eq yes"_s << 21
                                  << u"malformed value \"yes\" for service_provider; expected "
                                     "true or false"_s;
        QTest::newRow("bool as digit") << u"locked eq 1"_s << 11 << u"expected true or false"_s;
        QTest::newRow("control character")
            << u"company_name eq \"a\tb\""_s << 17 << u"control characters"_s;
        // Positions count characters, not UTF-16 units: the emoji is one.
        QTest::newRow("position after emoji") << u"company_name eq \"😀x\" and hostnam eq y"_s << 26
                                              << u"unknown attribute \"hostnam\""_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, says);
        const auto parsed = FilterParser::parse(text);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toText() : QString()));
        QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
        const QString prefix = u"position %1: "_s.arg(position);
        const QString &message = parsed.error().message;
        QVERIFY2(message.startsWith(prefix), qPrintable(message));
        QVERIFY2(message.mid(prefix.size()).contains(says), qPrintable(message));
    }

    void errorOffsetIsUtf16ForCursors()
    {
        qsizetype offset = 0;
        QVERIFY(!FilterParser::parse(u"company_name eq \"😀x\" and hostnam eq y"_s, &offset));
        QCOMPARE(offset, 26); // the emoji is two UTF-16 units
        QVERIFY(FilterParser::parse(u"locked eq true"_s, &offset));
        QCOMPARE(offset, -1);
    }

    void toTextRoundTrip()
    {
        TenantFilter filter;
        const QStringList tricky = {u"plain"_s,   u"two words"_s, u"\"quoted\""_s, u"back\\slash"_s,
                                    u"\\\""_s,    u"and"_s,       u"AND"_s,        QString(),
                                    u" lead"_s,   u"trail "_s,    u"O\"Brien"_s,   u"100%_*"_s,
                                    u"ΣΊΣΥΦΟΣ"_s, u"a\u00A0b"_s,  u"=1+2"_s};
        for (const QString &value : tricky)
            filter.conditions << FilterCondition{FilterAttribute::CompanyName,
                                                 FilterOperator::Contains, value};
        filter.conditions << FilterCondition{FilterAttribute::CreatedOn, FilterOperator::After,
                                             u"2024-02-29"_s};
        filter.conditions << FilterCondition{FilterAttribute::ContractMode, FilterOperator::Eq,
                                             u"UNKNOWN"_s};
        const QString text = filter.toText();
        const auto parsed = FilterParser::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? text : parsed.error().message));
        QCOMPARE(*parsed, filter);
        QCOMPARE(parsed->toText(), text);
        QCOMPARE(quoteFilterValue(u"say \"hi\" \\o/"_s), u"\"say \\\"hi\\\" \\\\o/\""_s);
        QCOMPARE(quoteFilterValue(u"O\"Brien"_s), u"O\"Brien"_s);
    }

    void handBuiltFiltersAreValidated()
    {
        TenantFilter filter;
        filter.conditions << FilterCondition{FilterAttribute::Locked, FilterOperator::Contains,
                                             u"true"_s};
        QVERIFY(!filter.validate());
        QVERIFY(!FilterSql::translate(filter));
        filter.conditions = {{FilterAttribute::CreatedOn, FilterOperator::Eq, u"yesterday"_s}};
        QVERIFY(!filter.validate());
        QCOMPARE(FilterSql::translate(filter).error().kind, ErrorKind::BadInput);
        filter.conditions = {{FilterAttribute::ContractMode, FilterOperator::Eq, u"trial"_s}};
        QVERIFY(filter.validate());
        QCOMPARE(filter.toText(), u"contract_mode eq TRIAL"_s);
    }

    void sqlTranslation()
    {
        const auto empty = FilterSql::translate(TenantFilter());
        QVERIFY(empty);
        QCOMPARE(empty->whereClause(), u"1=1"_s);
        QVERIFY(empty->values().isEmpty());

        const auto filter = FilterParser::parse(
            u"company_name contains \"100%_\\\\\" and hostname starts_with ÄB and hostname "
            "ends_with x and company_name not_contains y and locked eq true and created_on "
            "before 2024-01-01 and contract_mode ne TRIAL and hostname eq Q and hostname ne R"_s);
        QVERIFY(filter);
        const auto sql = FilterSql::translate(*filter, u"t"_s);
        QVERIFY(sql);
        QCOMPARE(sql->whereClause(),
                 u"t.company_name_folded LIKE ? ESCAPE '\\' AND t.hostname_folded LIKE ? "
                 "ESCAPE '\\' AND t.hostname_folded LIKE ? ESCAPE '\\' AND "
                 "t.company_name_folded NOT LIKE ? ESCAPE '\\' AND t.locked = ? AND "
                 "t.created_on < ? AND t.contract_mode <> ? AND t.hostname_folded = ? AND "
                 "t.hostname_folded <> ?"_s);
        const QVariantList expected = {u"%100\\%\\_\\\\%"_s, u"äb%"_s,   u"%x"_s, u"%y%"_s, 1,
                                       u"2024-01-01"_s,      u"TRIAL"_s, u"q"_s,  u"r"_s};
        QCOMPARE(sql->values(), expected);
    }
};

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
