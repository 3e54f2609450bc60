#pragma once

#include "filters/TenantFilter.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// The active filter above the Tenants table: one chip per condition
// ("Company name contains “acme”") with a × to remove it, Clear all, and
// the filter's text form in a selectable label (to copy into the command
// line or a schedule). Hidden while the filter is empty.
class FilterChipBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    void setFilter(const ud::TenantFilter &filter);
    const ud::TenantFilter &filter() const { return m_filter; }

    // The chips' texts, in order.
    QStringList chipTexts() const;

Q_SIGNALS:
    // A chip's × or Clear all removed conditions; `filter` is what is left.
    void filterChanged(const ud::TenantFilter &filter);

private:
    void rebuild();
    void removeCondition(qsizetype index);
    void clearAll();

    ud::TenantFilter m_filter;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QPushButton *m_clearAll;
    QLabel *m_text;
};
