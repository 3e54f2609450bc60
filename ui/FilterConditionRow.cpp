#include "FilterConditionRow.h"

#include "ErrorText.h"
#include "core/TextRules.h"
#include "tenants/Tenant.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Pages of the value stack, one per FilterValueKind.
int pageOf(ud::FilterValueKind kind)
{
    switch (kind) {
    case ud::FilterValueKind::Text:
        return 0;
    case ud::FilterValueKind::ContractMode:
        return 1;
    case ud::FilterValueKind::Boolean:
        return 2;
    case ud::FilterValueKind::Date:
        break;
    }
    return 3;
}

} // namespace

FilterConditionRow::FilterConditionRow(QWidget *parent)
    : QWidget(parent)
    , m_attribute(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_valueStack(new QStackedWidget(this))
    , m_text(new QLineEdit(m_valueStack))
    , m_mode(new QComboBox(m_valueStack))
    , m_boolean(new QComboBox(m_valueStack))
    , m_date(new QDateEdit(m_valueStack))
    , m_remove(new QToolButton(this))
    , m_error(new QLabel(this))
{
    m_attribute->setObjectName(u"attributeCombo"_s);
    m_operator->setObjectName(u"operatorCombo"_s);
    m_text->setObjectName(u"textValueEdit"_s);
    m_mode->setObjectName(u"modeValueCombo"_s);
    m_boolean->setObjectName(u"booleanValueCombo"_s);
    m_date->setObjectName(u"dateValueEdit"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_error->setObjectName(u"errorLabel"_s);

    for (ud::FilterAttribute attribute : ud::allFilterAttributes())
        m_attribute->addItem(attributeLabel(attribute), static_cast<int>(attribute));
    m_text->setPlaceholderText(tr("Text to look for (any case)"));
    m_text->setClearButtonEnabled(true);
    for (ud::ContractMode mode :
         {ud::ContractMode::Production, ud::ContractMode::Trial, ud::ContractMode::Unknown})
        m_mode->addItem(ud::contractModeName(mode), ud::contractModeName(mode));
    m_boolean->addItem(tr("Yes"), u"true"_s);
    m_boolean->addItem(tr("No"), u"false"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(QDate::currentDate());
    // The stack would grow to the tallest page and share the dialog's
    // spare height; a row keeps one line's height.
    m_valueStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_valueStack->addWidget(m_text);
    m_valueStack->addWidget(m_mode);
    m_valueStack->addWidget(m_boolean);
    m_valueStack->addWidget(m_date);
    m_remove->setText(u"\u00d7"_s);
    m_remove->setAutoRaise(true);
    ErrorText::mark(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_attribute, 3);
    line->addWidget(m_operator, 2);
    line->addWidget(m_valueStack, 4);
    line->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_error);
    setPosition(1);
    fillOperators(ud::FilterOperator::Contains);
    m_valueStack->setCurrentIndex(pageOf(ud::FilterValueKind::Text));

    connect(m_attribute, &QComboBox::currentIndexChanged, this,
            &FilterConditionRow::attributeChosen);
    const auto notify = [this] {
        updateProblem();
        Q_EMIT changed();
    };
    connect(m_operator, &QComboBox::currentIndexChanged, this, notify);
    connect(m_text, &QLineEdit::textChanged, this, notify);
    connect(m_mode, &QComboBox::currentIndexChanged, this, notify);
    connect(m_boolean, &QComboBox::currentIndexChanged, this, notify);
    connect(m_date, &QDateEdit::dateChanged, this, notify);
    connect(m_remove, &QToolButton::clicked, this, &FilterConditionRow::removeRequested);
    updateProblem();
}

void FilterConditionRow::setPosition(int position)
{
    m_attribute->setAccessibleName(tr("Condition %1 attribute").arg(position));
    m_operator->setAccessibleName(tr("Condition %1 operator").arg(position));
    for (QWidget *editor : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_mode),
                            static_cast<QWidget *>(m_boolean), static_cast<QWidget *>(m_date)})
        editor->setAccessibleName(tr("Condition %1 value").arg(position));
    m_remove->setAccessibleName(tr("Remove condition %1").arg(position));
    m_remove->setToolTip(tr("Remove this condition"));
    m_error->setAccessibleName(tr("Condition %1 error").arg(position));
}

QList<QWidget *> FilterConditionRow::focusChain() const
{
    return {m_attribute, m_operator, m_valueStack->currentWidget(), m_remove};
}

ud::FilterAttribute FilterConditionRow::currentAttribute() const
{
    return static_cast<ud::FilterAttribute>(m_attribute->currentData().toInt());
}

void FilterConditionRow::fillOperators(ud::FilterOperator preferred)
{
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    const QList<ud::FilterOperator> fitting = ud::operatorsFor(currentAttribute());
    for (ud::FilterOperator op : fitting)
        m_operator->addItem(operatorLabel(op), static_cast<int>(op));
    const int index = m_operator->findData(static_cast<int>(preferred));
    m_operator->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterConditionRow::attributeChosen()
{
    const auto previous = static_cast<ud::FilterOperator>(m_operator->currentData().toInt());
    fillOperators(previous);
    const bool hadFocus = m_valueStack->currentWidget()->hasFocus();
    m_valueStack->setCurrentIndex(pageOf(ud::filterValueKind(currentAttribute())));
    if (hadFocus)
        m_valueStack->currentWidget()->setFocus();
    updateProblem();
    Q_EMIT changed();
}

void FilterConditionRow::setCondition(const ud::FilterCondition &condition)
{
    {
        const QSignalBlocker blocker(m_attribute);
        m_attribute->setCurrentIndex(m_attribute->findData(static_cast<int>(condition.attribute)));
    }
    fillOperators(condition.op);
    const ud::FilterValueKind kind = ud::filterValueKind(condition.attribute);
    m_valueStack->setCurrentIndex(pageOf(kind));
    const auto canonical = ud::canonicalFilterValue(condition.attribute, condition.value);
    const QString value = canonical ? *canonical : condition.value;
    switch (kind) {
    case ud::FilterValueKind::Text:
        m_text->setText(condition.value);
        break;
    case ud::FilterValueKind::ContractMode:
        m_mode->setCurrentIndex(qMax(0, m_mode->findData(value)));
        break;
    case ud::FilterValueKind::Boolean:
        m_boolean->setCurrentIndex(qMax(0, m_boolean->findData(value)));
        break;
    case ud::FilterValueKind::Date:
        if (const auto date = ud::parseIsoDate(value))
            m_date->setDate(*date);
        break;
    }
    updateProblem();
    Q_EMIT changed();
}

ud::FilterCondition FilterConditionRow::condition() const
{
    ud::FilterCondition condition;
    condition.attribute = currentAttribute();
    condition.op = static_cast<ud::FilterOperator>(m_operator->currentData().toInt());
    switch (ud::filterValueKind(condition.attribute)) {
    case ud::FilterValueKind::Text:
        condition.value = m_text->text();
        break;
    case ud::FilterValueKind::ContractMode:
        condition.value = m_mode->currentData().toString();
        break;
    case ud::FilterValueKind::Boolean:
        condition.value = m_boolean->currentData().toString();
        break;
    case ud::FilterValueKind::Date:
        condition.value = m_date->date().toString(Qt::ISODate);
        break;
    }
    return condition;
}

QString FilterConditionRow::problem() const
{
    const ud::FilterCondition current = condition();
    // The language allows `contains ""`, but in the dialog an empty field is
    // almost always a value not typed yet.
    if (ud::filterValueKind(current.attribute) == ud::FilterValueKind::Text &&
        current.value.isEmpty())
        return tr("Enter the text to look for.");
    if (const auto canonical = ud::canonicalFilterValue(current.attribute, current.value);
        !canonical) {
        QString message = canonical.error().message;
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper();
        return message;
    }
    return QString();
}

void FilterConditionRow::updateProblem()
{
    const QString message = problem();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FilterConditionRow::attributeLabel(ud::FilterAttribute attribute)
{
    switch (attribute) {
    case ud::FilterAttribute::Hostname:
        return tr("Hostname");
    case ud::FilterAttribute::CompanyName:
        return tr("Company name");
    case ud::FilterAttribute::ContractMode:
        return tr("Contract mode");
    case ud::FilterAttribute::Locked:
        return tr("Locked");
    case ud::FilterAttribute::ServiceProvider:
        return tr("Service provider");
    case ud::FilterAttribute::AuthenticationAccount:
        return tr("Authentication account");
    case ud::FilterAttribute::IssuanceAccount:
        return tr("Issuance account");
    case ud::FilterAttribute::CreatedOn:
        break;
    }
    return tr("Created on");
}

QString FilterConditionRow::operatorLabel(ud::FilterOperator op)
{
    switch (op) {
    case ud::FilterOperator::Eq:
        return tr("is");
    case ud::FilterOperator::Ne:
        return tr("is not");
    case ud::FilterOperator::Contains:
        return tr("contains");
    case ud::FilterOperator::NotContains:
        return tr("does not contain");
    case ud::FilterOperator::StartsWith:
        return tr("starts with");
    case ud::FilterOperator::EndsWith:
        return tr("ends with");
    case ud::FilterOperator::Before:
        return tr("before");
    case ud::FilterOperator::After:
        break;
    }
    return tr("after");
}

QString FilterConditionRow::valueLabel(const ud::FilterCondition &condition)
{
    const auto canonical = ud::canonicalFilterValue(condition.attribute, condition.value);
    const QString value = canonical ? *canonical : condition.value;
    switch (ud::filterValueKind(condition.attribute)) {
    case ud::FilterValueKind::Text:
        return tr("\u201c%1\u201d").arg(condition.value);
    case ud::FilterValueKind::Boolean:
        return value == "true"_L1 ? tr("yes") : tr("no");
    case ud::FilterValueKind::ContractMode:
    case ud::FilterValueKind::Date:
        break;
    }
    return value;
}

QString FilterConditionRow::describe(const ud::FilterCondition &condition)
{
    return tr("%1 %2 %3")
        .arg(attributeLabel(condition.attribute), operatorLabel(condition.op),
             valueLabel(condition));
}
