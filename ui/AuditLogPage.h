#pragma once

#include "access/AuditQuery.h"
#include "core/Cancellation.h"

#include <QWidget>
#include <memory>

class AuditTableModel;
class FileExportJob;

namespace Ui {
class AuditLogPage;
}

// The Audit Log: newest lines first, a page at a time ("Load More" fetches
// the next, keyset-paged, so a million lines never freeze the window),
// filtered by administrator, action, outcome and a date range in local time,
// and exported to CSV in a background thread with its own connection.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    AuditLogPage(const ud::Connection &connection, const ud::Actor &actor,
                 QWidget *parent = nullptr);
    ~AuditLogPage() override;

    ud::AuditFilter currentFilter() const;
    // Reads the first page again with the current filter.
    void reload();
    void loadMore();
    void clearFilter();
    // Writes every line matching the current filter to `path` (replaced only
    // when the export completes); exportFinished() tells how it went.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_export != nullptr; }
    int loadedLines() const;

Q_SIGNALS:
    void exportProgress(qint64 lines);
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillActors();
    void chooseExportFile();
    void showProgress(qint64 lines);
    void finishExport(bool ok, const QString &message);
    void updateStatus();

    std::unique_ptr<Ui::AuditLogPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::AuditQuery m_query;
    AuditTableModel *m_model;
    bool m_moreAvailable = false;
    bool m_loadedOnce = false;
    FileExportJob *m_export = nullptr;
};
