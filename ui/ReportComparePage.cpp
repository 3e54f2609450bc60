#include "ReportComparePage.h"

#include "BackgroundCall.h"
#include "FileExportJob.h"
#include "MessageBox.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "reports/ReportArchive.h"
#include "reports/ReportComparisonCsv.h"
#include "reports/ReportComparisonModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

struct Compared
{
    std::optional<ud::Error> error;
    ud::ComparisonSummary summary;
    QList<ud::ComparisonRow> rows;
};

} // namespace

ReportComparePage::ReportComparePage(const ud::DatabaseTarget &target, const ud::Actor &actor,
                                     ud::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_actor(actor)
    , m_clock(std::move(clock))
    , m_model(new ud::ReportComparisonModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), this);
    back->setObjectName(u"backButton"_s);
    back->setAccessibleName(tr("Back to the reports"));
    m_title = new QLabel(tr("Compare reports"), this);
    m_title->setObjectName(u"titleLabel"_s);
    m_exportButton = new QPushButton(tr("&Export Comparison…"), this);
    m_exportButton->setObjectName(u"exportComparisonButton"_s);
    m_exportButton->setEnabled(false);
    ShortcutHint::assign(m_exportButton, QKeySequence(tr("Ctrl+E")));
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_view = new QTableView(this);
    m_view->setObjectName(u"comparisonView"_s);
    m_view->setAccessibleName(tr("Comparison by tenant"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    ViewStateMemory::remember(m_view->horizontalHeader(), u"reportComparePage/header"_s);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Alt+Left, as in a browser; the button says so.
    back->setToolTip(ShortcutHint::toolTip(tr("Back to the reports"), QKeySequence::Back));
    auto *backShortcut = new QShortcut(QKeySequence::Back, this);
    connect(backShortcut, &QShortcut::activated, this, &ReportComparePage::backRequested);
    connect(back, &QPushButton::clicked, this, &ReportComparePage::backRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportComparePage::chooseExportFile);
}

ReportComparePage::~ReportComparePage()
{
    waitFor(m_loading);
    delete m_export;
}

void ReportComparePage::compare(qint64 reportA, qint64 reportB)
{
    m_reportA = reportA;
    m_reportB = reportB;
    const quint64 generation = ++m_generation;
    m_model->clear();
    m_exportButton->setEnabled(false);
    m_summary->clear();
    m_status->setText(tr("Comparing…"));
    // A newer comparison replaces one in flight; the old one's result is dropped.
    m_loading = runInBackground<std::shared_ptr<Compared>>(
        this,
        [target = m_target, actor = m_actor, clock = m_clock, reportA, reportB] {
            auto result = std::make_shared<Compared>();
            auto connection = ud::Connection::open(target, u"report-compare"_s);
            if (!connection) {
                result->error = connection.error();
                return result;
            }
            const ud::ReportComparison comparison(**connection, actor, clock);
            auto summary = comparison.run(reportA, reportB, [&](const ud::ComparisonRow &row) {
                result->rows.append(row);
                return ud::Status();
            });
            if (!summary)
                result->error = summary.error();
            else
                result->summary = *summary;
            return result;
        },
        [this, generation](const std::shared_ptr<Compared> &result) {
            if (generation != m_generation)
                return;
            if (result->error) {
                const QString message = MessageBox::sentence(result->error->message);
                m_status->setText(message);
                Q_EMIT compared(false, message);
                return;
            }
            const ud::ComparisonSummary &s = result->summary;
            m_model->setComparison(s, result->rows);
            m_title->setText(tr("Compare \"%1\" (A) with \"%2\" (B)").arg(s.a.name, s.b.name));
            const QLocale locale;
            m_summary->setText(tr("A: %1 to %2 · B: %3 to %4 · in both: %5 · only in A: %6 · "
                                  "only in B: %7")
                                   .arg(s.a.periodStart, s.a.periodEnd, s.b.periodStart,
                                        s.b.periodEnd, locale.toString(s.inBoth),
                                        locale.toString(s.onlyInA), locale.toString(s.onlyInB)));
            m_status->clear();
            m_exportButton->setEnabled(true);
            m_view->resizeColumnsToContents();
            Q_EMIT compared(true, QString());
        });
}

void ReportComparePage::chooseExportFile()
{
    if (isExporting() || !m_chooseFile)
        return;
    const ud::ComparisonSummary &s = m_model->summary();
    const QString path = m_chooseFile(
        ud::ReportArchive::safeName(tr("%1 vs %2").arg(s.a.name, s.b.name) + u".csv"_s));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportComparePage::exportTo(const QString &path)
{
    if (isExporting())
        return;
    const qint64 a = m_reportA;
    const qint64 b = m_reportB;
    m_export = new FileExportJob(
        m_target, path,
        [actor = m_actor, clock = m_clock, a,
         b](const ud::Connection &connection, QIODevice &device, const ud::CancellationFlag *cancel,
            const FileExportJob::Progress &) -> ud::Status {
            const ud::ReportComparison comparison(connection, actor, clock);
            const auto written =
                ud::ReportComparisonCsv::write(comparison, a, b, device, {}, cancel);
            if (!written)
                return written.error();
            return {};
        },
        this);
    connect(m_export, &FileExportJob::finished, this, [this](bool ok, const QString &message) {
        m_export->deleteLater();
        m_export = nullptr;
        m_status->setText(message);
        Q_EMIT exportFinished(ok, message);
    });
    m_status->setText(tr("Exporting the comparison…"));
    m_export->start();
}
