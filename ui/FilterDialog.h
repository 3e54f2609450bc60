#pragma once

#include "filters/TenantFilter.h"

#include <QDialog>
#include <memory>

class FilterConditionRow;

namespace Ui {
class FilterDialog;
}

// The Filters dialog of the Tenants List (filters.md): one row per
// condition, joined by AND, with a live preview of the filter's text form.
// A row with a bad value shows why next to it and keeps Apply disabled.
// Apply accepts with the conditions shown; Clear accepts with the empty
// filter (every tenant); Cancel rejects.
class FilterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FilterDialog(QWidget *parent = nullptr);
    ~FilterDialog() override;

    void setFilter(const ud::TenantFilter &filter);
    // The filter the rows describe (empty after Clear).
    ud::TenantFilter filter() const;

    // The rows, in order (for the Tenants page's tests and screenshots).
    QList<FilterConditionRow *> rows() const { return m_rows; }
    // Adds a row (company name contains, empty) and focuses it.
    FilterConditionRow *addCondition();

private:
    FilterConditionRow *appendRow();
    void removeRow(FilterConditionRow *row);
    void clearRows();
    void refresh();
    void apply();
    void clear();

    std::unique_ptr<Ui::FilterDialog> m_ui;
    QList<FilterConditionRow *> m_rows;
};
