#pragma once

#include "access/AuditPageLoader.h"
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
// the next, keyset-paged, read by an AuditPageLoader on its own thread, so a
// million lines never freeze the window, not even a filter matching none),
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
    // Whether a page is being read (loadedLines() changes when it arrives).
    bool isLoading() const { return m_loader->isLoading(); }
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
    void request(qint64 beforeId);
    void pageLoaded(quint64 request, const QList<ud::AuditEntry> &page);

    std::unique_ptr<Ui::AuditLogPage> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::AuditPageLoader *m_loader;
    AuditTableModel *m_model;
    quint64 m_request = 0;   // the page asked for last
    bool m_replaces = false; // it replaces the lines shown (reload) instead of adding
    bool m_moreAvailable = false;
    bool m_loadedOnce = false;
    FileExportJob *m_export = nullptr;
};
