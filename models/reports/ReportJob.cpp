#include "reports/ReportJob.h"

#include "core/ProgressMeter.h"
#include "core/SaveFile.h"
#include "core/TextRules.h"
#include "reports/ReportArchive.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportStore.h"
#include "storage/Connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSaveFile>
#include <QThread>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// Feeds the meter on every callback but lets a signal through only every
// kProgressIntervalMs: the engine calls back per few hundred rows, far more
// often than a progress bar can show.
class ProgressThrottle
{
public:
    ProgressThrottle(int intervalMs, std::function<void(const ReportJobProgress &)> emitProgress)
        : m_emit(std::move(emitProgress))
        , m_intervalMs(intervalMs)
    {
        m_sinceEmit.start();
    }

    void update(qint64 done, qint64 total, bool force = false)
    {
        m_meter.sample(done, total);
        if (!force && m_emitted && m_sinceEmit.elapsed() < m_intervalMs)
            return;
        m_emitted = true;
        m_sinceEmit.restart();
        m_emit({done, total, m_meter.ratePerSecond(), m_meter.secondsLeft()});
    }

private:
    std::function<void(const ReportJobProgress &)> m_emit;
    ProgressMeter m_meter;
    int m_intervalMs;
    QElapsedTimer m_sinceEmit;
    bool m_emitted = false;
};

} // namespace

struct ReportJob::Outcome
{
    ReportJobOutcome outcome = ReportJobOutcome::Failed;
    QString message;
    qint64 reportId = 0;
    ReportInfo report;
};

ReportJob::ReportJob(Kind kind, DatabaseTarget target, Actor actor, Clock clock)
    : m_kind(kind)
    , m_target(std::move(target))
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
    qRegisterMetaType<ud::ReportJobProgress>();
    qRegisterMetaType<ud::ReportJobOutcome>();
    // Emitted on the worker; this copy is made on the object's own thread.
    connect(this, &ReportJob::progressed, this,
            [this](const ReportJobProgress &progress) { m_lastProgress = progress; });
}

std::unique_ptr<ReportJob> ReportJob::generate(DatabaseTarget target, Actor actor, Clock clock,
                                               ReportRequest request)
{
    std::unique_ptr<ReportJob> job(
        new ReportJob(Kind::Generate, std::move(target), std::move(actor), std::move(clock)));
    job->m_request = std::move(request);
    return job;
}

std::unique_ptr<ReportJob> ReportJob::exportToFile(DatabaseTarget target, Actor actor, Clock clock,
                                                   qint64 reportId, QString path)
{
    std::unique_ptr<ReportJob> job(
        new ReportJob(Kind::Export, std::move(target), std::move(actor), std::move(clock)));
    job->m_reportIds = {reportId};
    job->m_path = std::move(path);
    return job;
}

std::unique_ptr<ReportJob> ReportJob::archive(DatabaseTarget target, Actor actor, Clock clock,
                                              QList<qint64> reportIds, QString path)
{
    std::unique_ptr<ReportJob> job(
        new ReportJob(Kind::Archive, std::move(target), std::move(actor), std::move(clock)));
    job->m_reportIds = std::move(reportIds);
    job->m_path = std::move(path);
    return job;
}

ReportJob::~ReportJob()
{
    if (m_thread) {
        m_cancel->cancel();
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void ReportJob::start()
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([this, outcome] { run(*outcome); });
    m_thread->setObjectName(u"report-job"_s);
    connect(m_thread, &QThread::finished, this, [this, outcome] { onThreadFinished(outcome); });
    m_thread->start();
}

void ReportJob::cancel()
{
    m_cancel->cancel();
}

void ReportJob::onThreadFinished(const std::shared_ptr<Outcome> &outcome)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_report = outcome->report;
    Q_EMIT finished(outcome->outcome, outcome->message, outcome->reportId);
}

// On the worker thread: reads only what was set before start().
void ReportJob::run(Outcome &outcome)
{
    switch (m_kind) {
    case Kind::Generate:
        runGenerate(outcome);
        break;
    case Kind::Export:
        runExport(outcome);
        break;
    case Kind::Archive:
        runArchive(outcome);
        break;
    }
    if (outcome.outcome == ReportJobOutcome::Failed && m_cancel->isCancelled()) {
        // An interrupted statement may surface as a storage error: the user
        // asked for the stop, so that is what they are told.
        outcome.outcome = ReportJobOutcome::Cancelled;
    }
    if (outcome.outcome == ReportJobOutcome::Cancelled) {
        outcome.reportId = 0;
        outcome.message = m_kind == Kind::Generate
                              ? tr("The report was cancelled; nothing was stored.")
                              : tr("The export was cancelled; no file was written.");
    }
}

namespace {

void fail(auto &outcome, const Error &error)
{
    outcome.outcome =
        error.kind == ErrorKind::Cancelled ? ReportJobOutcome::Cancelled : ReportJobOutcome::Failed;
    outcome.message = asSentence(error.message);
}

} // namespace

void ReportJob::runGenerate(Outcome &outcome)
{
    auto connection = Connection::open(m_target, u"report-generate"_s);
    if (!connection)
        return fail(outcome, connection.error());
    ProgressThrottle throttle(m_progressIntervalMs,
                              [this](const ReportJobProgress &p) { Q_EMIT progressed(p); });
    throttle.update(0, 0, true);
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    ReportGenerator generator(**connection, m_clock);
    const auto id =
        generator.generate(m_actor, m_request, m_cancel.get(), [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            throttle.update(done, total);
        });
    if (!id)
        return fail(outcome, id.error());
    throttle.update(lastTotal > 0 ? lastTotal : lastDone, lastTotal, true);
    const auto found = ReportStore(**connection).find(*id);
    if (found && found->has_value())
        outcome.report = **found;
    outcome.outcome = ReportJobOutcome::Done;
    outcome.reportId = *id;
    outcome.message =
        tr("Report \"%1\" is ready: %2 row(s).", nullptr,
           int(std::min<qint64>(outcome.report.rowCount, std::numeric_limits<int>::max())))
            .arg(m_request.name, QLocale().toString(outcome.report.rowCount));
}

void ReportJob::runExport(Outcome &outcome)
{
    auto connection = Connection::open(m_target, u"report-export"_s);
    if (!connection)
        return fail(outcome, connection.error());
    ProgressThrottle throttle(m_progressIntervalMs,
                              [this](const ReportJobProgress &p) { Q_EMIT progressed(p); });
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    const auto cannotWrite = [this](const QString &why) {
        return Error::storage(tr("cannot write %1: %2").arg(m_path, why));
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(outcome, cannotWrite(file.errorString()));
    const Status written =
        writeCsv(**connection, m_reportIds.value(0), file, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            throttle.update(done, total);
        });
    if (!written)
        return fail(outcome, cancelSaveFile(file, written.error()));
    if (const Status committed = commitSaveFile(file); !committed)
        return fail(outcome, committed.error());
    throttle.update(lastDone, lastTotal, true);
    outcome.outcome = ReportJobOutcome::Done;
    outcome.message = tr("Exported to %1.").arg(QDir::toNativeSeparators(m_path));
}

// The rows come in short keyset pages (ReportStore::forEachRow), so a cancel
// stops the export within milliseconds on both back ends.
Status ReportJob::writeCsv(const Connection &connection, qint64 reportId, QIODevice &device,
                           const RowProgress &progress) const
{
    return ReportExporter(connection, m_clock)
        .exportReport(m_actor, reportId, device, std::nullopt, std::nullopt, m_cancel.get(),
                      progress);
}

void ReportJob::runArchive(Outcome &outcome)
{
    auto connection = Connection::open(m_target, u"report-archive"_s);
    if (!connection)
        return fail(outcome, connection.error());
    const Connection &db = **connection;
    // The catalog checks export_reports:view (and audits a refusal) before
    // anything is written; the names come from the reports themselves.
    const ReportCatalog catalog(db, m_actor, m_clock);
    QStringList wanted;
    for (const qint64 id : m_reportIds) {
        const auto info = catalog.find(id);
        if (!info)
            return fail(outcome, info.error());
        wanted << info->name + u".csv"_s;
    }
    const QStringList names = ReportArchive::uniqueNames(wanted);
    QList<ReportArchiveEntry> entries;
    for (qsizetype i = 0; i < m_reportIds.size(); ++i) {
        const qint64 id = m_reportIds.at(i);
        entries.append({names.at(i), [this, &db, id](QIODevice &device) {
                            return writeCsv(db, id, device, [](qint64, qint64) {});
                        }});
    }
    ProgressThrottle throttle(m_progressIntervalMs,
                              [this](const ReportJobProgress &p) { Q_EMIT progressed(p); });
    throttle.update(0, entries.size(), true);
    const auto files =
        ReportArchive::write(m_path, entries, m_cancel.get(), [&](int done, int total) {
            throttle.update(done, total, done == total);
        });
    if (!files)
        return fail(outcome, files.error());
    outcome.outcome = ReportJobOutcome::Done;
    outcome.message = tr("Archive of %n report(s) written to %1.", nullptr, int(files->size()))
                          .arg(QDir::toNativeSeparators(m_path));
}

} // namespace ud
