#pragma once

#include "access/Actor.h"
#include "core/Cancellation.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportInfo.h"
#include "reports/ReportRequest.h"
#include "storage/DatabaseTarget.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QThread;

namespace ud {

class Connection;

// Where a job stands, as its progressed() signal reports it.
struct ReportJobProgress
{
    qint64 done = 0;
    qint64 total = 0; // rows (generation, export) or reports (archive); 0 = not known yet
    double ratePerSecond = 0.0;
    std::optional<qint64> secondsLeft;
};

enum class ReportJobOutcome
{
    Done,
    Cancelled,
    Failed,
};

// One piece of long report work for the Reports page: generating a report,
// exporting one to a file, or writing an archive of several. It runs on a
// QThread of its own with its own connection (opened from `target`: a
// connection belongs to the thread that opened it) and reports back through
// signals, which reach receivers on the GUI thread queued. cancel() may be
// called from any thread; the engine polls the flag between rows and
// interrupts a running statement, so the job finishes as Cancelled within a
// few tens of milliseconds, having stored nothing and written no file.
// Destroying a running job cancels it and waits for it.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Generate,
        Export,
        Archive,
    };

    // progressed() is emitted at most this often (plus once at the start and
    // once at the end), however fast the rows go.
    static constexpr int kProgressIntervalMs = 100;

    static std::unique_ptr<ReportJob> generate(DatabaseTarget target, Actor actor, Clock clock,
                                               ReportRequest request);
    static std::unique_ptr<ReportJob> exportToFile(DatabaseTarget target, Actor actor, Clock clock,
                                                   qint64 reportId, QString path);
    // The reports' CSVs (each as Export writes it) in one zip with a
    // MANIFEST.sha256 (ReportArchive); progress counts reports.
    static std::unique_ptr<ReportJob> archive(DatabaseTarget target, Actor actor, Clock clock,
                                              QList<qint64> reportIds, QString path);

    ~ReportJob() override;

    // Before start(): how often progressed() may be emitted. Tests and the
    // cancel benchmark use 0 (every report of the engine, a few hundred rows
    // apart) to act at an exact fraction of the rows.
    void setProgressInterval(int milliseconds) { m_progressIntervalMs = milliseconds; }
    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_cancel->isCancelled(); }

    Kind kind() const { return m_kind; }
    const ReportRequest &request() const { return m_request; }
    const QList<qint64> &reportIds() const { return m_reportIds; }
    const QString &path() const { return m_path; }
    const ReportJobProgress &lastProgress() const { return m_lastProgress; }
    // After a generation finished Done: the stored report.
    const ReportInfo &report() const { return m_report; }

Q_SIGNALS:
    void progressed(const ud::ReportJobProgress &progress);
    // `message` is a sentence for the user: where the file went, or what
    // went wrong. `reportId` is the new report's for a generation, else 0.
    void finished(ud::ReportJobOutcome outcome, const QString &message, qint64 reportId);

private:
    struct Outcome;

    ReportJob(Kind kind, DatabaseTarget target, Actor actor, Clock clock);
    void run(Outcome &outcome);
    void runGenerate(Outcome &outcome);
    void runExport(Outcome &outcome);
    void runArchive(Outcome &outcome);
    void onThreadFinished(const std::shared_ptr<Outcome> &outcome);
    using RowProgress = std::function<void(qint64 done, qint64 total)>;
    Status writeCsv(const Connection &connection, qint64 reportId, QIODevice &device,
                    const RowProgress &progress) const;

    Kind m_kind;
    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    ReportRequest m_request;
    QList<qint64> m_reportIds;
    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<CancellationFlag> m_cancel = std::make_shared<CancellationFlag>();
    int m_progressIntervalMs = kProgressIntervalMs;
    ReportJobProgress m_lastProgress;
    ReportInfo m_report;
};

} // namespace ud

Q_DECLARE_METATYPE(ud::ReportJobProgress)
Q_DECLARE_METATYPE(ud::ReportJobOutcome)
