#include "filters/FilterParser.h"

#include "core/TextRules.h"

#include <QCoreApplication>

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::Parser", text);
}

QString attributeList()
{
    QStringList names;
    for (FilterAttribute attribute : allFilterAttributes())
        names << filterAttributeName(attribute);
    return names.join(QStringLiteral(", "));
}

QString operatorList(FilterAttribute attribute)
{
    QStringList names;
    for (FilterOperator op : operatorsFor(attribute))
        names << filterOperatorName(op);
    return names.join(QStringLiteral(", "));
}

QString expectedValue(FilterAttribute attribute)
{
    switch (filterValueKind(attribute)) {
    case FilterValueKind::Text:
        return QCoreApplication::translate("ud::Parser", "a word or a \"quoted text\"");
    case FilterValueKind::ContractMode:
        return QCoreApplication::translate("ud::Parser", "one of PRODUCTION, TRIAL, UNKNOWN");
    case FilterValueKind::Boolean:
        return QCoreApplication::translate("ud::Parser", "true or false");
    case FilterValueKind::Date:
        break;
    }
    return QCoreApplication::translate("ud::Parser", "a date YYYY-MM-DD");
}

// One pass over the text; every error is reported at the offset of the
// token that is wrong (or of the end, when something is missing).
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    Result<TenantFilter> run()
    {
        TenantFilter filter;
        skipSpace();
        if (atEnd())
            return filter;
        for (;;) {
            auto condition = parseCondition(filter.conditions.isEmpty());
            if (!condition)
                return condition.error();
            filter.conditions << *condition;
            skipSpace();
            if (atEnd())
                return filter;
            const qsizetype andAt = m_pos;
            const QString word = takeWord();
            if (!keywordEquals(word, u"and"))
                return fail(
                    andAt, tr("expected \"and\" or the end of the filter, found \"%1\"").arg(word));
            skipSpace();
            if (atEnd())
                return fail(andAt, tr("\"and\" at the end; expected a condition after it"));
        }
    }

    qsizetype errorOffset() const { return m_errorOffset; }

private:
    Result<FilterCondition> parseCondition(bool first)
    {
        const qsizetype attributeAt = m_pos;
        const QString attributeWord = takeWord();
        if (keywordEquals(attributeWord, u"and")) {
            if (first)
                return fail(attributeAt, tr("\"and\" without a condition before it; expected "
                                            "an attribute, one of %1")
                                             .arg(attributeList()));
            return fail(
                attributeAt,
                tr("duplicate \"and\"; expected an attribute, one of %1").arg(attributeList()));
        }
        const auto attribute = filterAttributeFromName(attributeWord);
        if (!attribute)
            return fail(attributeAt, tr("unknown attribute \"%1\"; expected one of %2")
                                         .arg(attributeWord, attributeList()));

        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("missing operator after \"%1\"; expected one of %2")
                                   .arg(attributeWord, operatorList(*attribute)));
        const qsizetype operatorAt = m_pos;
        const QString operatorWord = takeWord();
        const auto op = filterOperatorFromName(operatorWord);
        if (!op)
            return fail(operatorAt, tr("unknown operator \"%1\"; expected one of %2")
                                        .arg(operatorWord, operatorList(*attribute)));
        if (!operatorFits(*attribute, *op))
            return fail(operatorAt, tr("operator \"%1\" does not apply to %2; expected one of %3")
                                        .arg(operatorWord, filterAttributeName(*attribute),
                                             operatorList(*attribute)));

        skipSpace();
        if (atEnd())
            return fail(m_pos, tr("missing value after \"%1\"; expected %2")
                                   .arg(operatorWord, expectedValue(*attribute)));
        const qsizetype valueAt = m_pos;
        QString value;
        if (m_text[m_pos] == QLatin1Char('"')) {
            auto quoted = takeQuoted();
            if (!quoted)
                return quoted.error();
            value = *quoted;
        } else {
            value = takeWord();
            // Reading a bare "and" as the value would turn a forgotten value
            // into a confusing error further on.
            if (keywordEquals(value, u"and"))
                return fail(valueAt, tr("missing value before \"and\"; expected %1 (write "
                                        "\"and\" in quotes to look for the word)")
                                         .arg(expectedValue(*attribute)));
        }
        const auto canonical = canonicalFilterValue(*attribute, value);
        if (!canonical)
            return fail(valueAt, canonical.error().message);
        return FilterCondition{*attribute, *op, *canonical};
    }

    // A double-quoted string; the only escapes are \" and \\. Any other
    // backslash sequence is an error rather than a guess, so that a value
    // typed with, say, \n never silently means something else.
    Result<QString> takeQuoted()
    {
        const qsizetype openAt = m_pos;
        ++m_pos;
        QString value;
        for (;;) {
            if (atEnd())
                return fail(openAt, tr("unterminated quoted value; expected a closing \""));
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                ++m_pos;
                break;
            }
            if (c == QLatin1Char('\\')) {
                if (m_pos + 1 >= m_text.size())
                    return fail(openAt, tr("unterminated quoted value; expected a closing \""));
                const QChar next = m_text[m_pos + 1];
                if (next != QLatin1Char('"') && next != QLatin1Char('\\'))
                    return fail(m_pos, tr("invalid escape \"\\%1\" in a quoted value; only \\\" "
                                          "and \\\\ are allowed (write \\\\ for a backslash)")
                                           .arg(next));
                value += next;
                m_pos += 2;
                continue;
            }
            value += c;
            ++m_pos;
        }
        if (!atEnd() && !m_text[m_pos].isSpace())
            return fail(m_pos, tr("unexpected \"%1\" after the quoted value; expected a space, "
                                  "\"and\" or the end of the filter")
                                   .arg(m_text[m_pos]));
        return value;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    QString takeWord()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !m_text[m_pos].isSpace())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    Error fail(qsizetype offset, const QString &message)
    {
        m_errorOffset = offset;
        const qsizetype position = codePointCount(QStringView(m_text).left(offset)) + 1;
        return Error::badInput(tr("position %1: %2").arg(position).arg(message));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    qsizetype m_errorOffset = -1;
};

} // namespace

Result<TenantFilter> FilterParser::parse(const QString &text, qsizetype *errorOffset)
{
    Parser parser(text);
    auto result = parser.run();
    if (errorOffset)
        *errorOffset = parser.errorOffset();
    return result;
}

} // namespace ud
