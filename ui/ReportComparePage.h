#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/DatabaseTarget.h"

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>

class FileExportJob;
class QLabel;
class QPushButton;
class QTableView;

namespace ud {
class ReportComparisonModel;
}

// Compare (Reports page): two stored reports side by side per tenant
// (ReportComparison, run on a thread of its own), the summary (periods, in
// both / only in A / only in B) and Export Comparison to CSV.
class ReportComparePage : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; an empty answer gives up.
    using SaveFileChooser = std::function<QString(const QString &suggestedName)>;

    ReportComparePage(const ud::DatabaseTarget &target, const ud::Actor &actor, ud::Clock clock,
                      QWidget *parent = nullptr);
    ~ReportComparePage() override;

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    void compare(qint64 reportA, qint64 reportB);
    void exportTo(const QString &path);
    bool isExporting() const { return m_export != nullptr; }

    ud::ReportComparisonModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void backRequested();
    void compared(bool ok, const QString &message);
    void exportFinished(bool ok, const QString &message);

private:
    void chooseExportFile();

    ud::DatabaseTarget m_target;
    ud::Actor m_actor;
    ud::Clock m_clock;
    ud::ReportComparisonModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_exportButton = nullptr;
    SaveFileChooser m_chooseFile;
    FileExportJob *m_export = nullptr;
    QPointer<QThread> m_loading;
    quint64 m_generation = 0;
    qint64 m_reportA = 0;
    qint64 m_reportB = 0;
};
