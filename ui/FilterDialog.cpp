#include "FilterDialog.h"

#include "FilterConditionRow.h"
#include "ui_FilterDialog.h"

#include <QComboBox>
#include <QPushButton>

FilterDialog::FilterDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FilterDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->addButton, &QPushButton::clicked, this, &FilterDialog::addCondition);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &FilterDialog::apply);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &FilterDialog::clear);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FilterDialog::reject);
    refresh();
}

FilterDialog::~FilterDialog() = default;

void FilterDialog::setFilter(const ud::TenantFilter &filter)
{
    clearRows();
    for (const ud::FilterCondition &condition : filter.conditions)
        appendRow()->setCondition(condition);
    refresh();
}

ud::TenantFilter FilterDialog::filter() const
{
    ud::TenantFilter filter;
    for (const FilterConditionRow *row : m_rows)
        filter.conditions.append(row->condition());
    return filter;
}

FilterConditionRow *FilterDialog::appendRow()
{
    auto *row = new FilterConditionRow(m_ui->rowsContainer);
    // Before the empty-state label and the spacer, which stay last.
    m_ui->rowsLayout->insertWidget(int(m_rows.size()), row);
    m_rows.append(row);
    row->show(); // added to a dialog that may already be visible
    connect(row, &FilterConditionRow::changed, this, &FilterDialog::refresh);
    connect(row, &FilterConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

FilterConditionRow *FilterDialog::addCondition()
{
    FilterConditionRow *row = appendRow();
    ud::FilterCondition condition;
    condition.attribute = ud::FilterAttribute::CompanyName;
    condition.op = ud::FilterOperator::Contains;
    row->setCondition(condition);
    refresh();
    row->attributeCombo()->setFocus();
    m_ui->rowsArea->ensureWidgetVisible(row);
    return row;
}

void FilterDialog::removeRow(FilterConditionRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rows.removeAt(index);
    // Removal is asked for by the row's own button: delete it once its
    // click has been handled.
    row->hide();
    row->deleteLater();
    refresh();
    if (m_rows.isEmpty())
        m_ui->addButton->setFocus();
    else
        m_rows.at(qMin(index, m_rows.size() - 1))->attributeCombo()->setFocus();
}

void FilterDialog::clearRows()
{
    for (FilterConditionRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
}

void FilterDialog::refresh()
{
    int invalid = 0;
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        FilterConditionRow *row = m_rows.at(i);
        row->setPosition(int(i + 1));
        if (!row->isValid())
            ++invalid;
        // Tab goes through the rows in order, then to Add condition.
        for (QWidget *widget : row->focusChain()) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous)
        setTabOrder(previous, m_ui->addButton);
    setTabOrder(m_ui->addButton, m_ui->previewEdit);
    setTabOrder(m_ui->previewEdit, m_ui->applyButton);
    setTabOrder(m_ui->applyButton, m_ui->cancelButton);
    setTabOrder(m_ui->cancelButton, m_ui->clearButton);

    m_ui->emptyLabel->setVisible(m_rows.isEmpty());
    const ud::TenantFilter current = filter();
    m_ui->previewEdit->setText(current.toText());
    QString message;
    if (invalid > 0)
        message = tr("Complete the conditions marked in red to apply the filter.");
    m_ui->formError->setText(message);
    m_ui->formError->setVisible(!message.isEmpty());
    m_ui->applyButton->setEnabled(invalid == 0);
}

void FilterDialog::apply()
{
    for (const FilterConditionRow *row : std::as_const(m_rows)) {
        if (!row->isValid())
            return;
    }
    accept();
}

void FilterDialog::clear()
{
    clearRows();
    refresh();
    accept();
}
