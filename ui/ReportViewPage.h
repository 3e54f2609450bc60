#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/DatabaseTarget.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ud {
class ReportRowsModel;
}

// View (Reports page): a stored report's rows in a table, read page by page
// as the table scrolls (ReportRowsModel), with a Back button to the list.
class ReportViewPage : public QWidget
{
    Q_OBJECT

public:
    ReportViewPage(const ud::DatabaseTarget &target, const ud::Actor &actor, ud::Clock clock,
                   QWidget *parent = nullptr);
    ~ReportViewPage() override;

    void showReport(qint64 reportId);
    ud::ReportRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }

Q_SIGNALS:
    void backRequested();
    // The report's first rows are shown, or `message` says why not.
    void opened(bool ok, const QString &message);

private:
    void onOpened(bool ok, const QString &message);

    ud::ReportRowsModel *m_model = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    bool m_columnsRemembered = false;
};
