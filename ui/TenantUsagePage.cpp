#include "TenantUsagePage.h"

#include "MessageBox.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "core/SaveFile.h"
#include "ui_TenantUsagePage.h"
#include "usage/TenantUsageCsv.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;
using ud::TenantUsageGranularity;

namespace {

// Where a day sits on the date axis: local midnight, because QDateTimeAxis
// labels its values in local time.
qreal xOf(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// A value axis from 0 to a little above the largest value, with round ticks.
void fitAxis(QValueAxis *axis, qreal largest)
{
    axis->setRange(0, largest > 0 ? largest * 1.05 : 1);
    axis->applyNiceNumbers();
}

} // namespace

TenantUsagePage::TenantUsagePage(const ud::Connection &connection, const ud::Actor &actor,
                                 ud::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantUsagePage>())
    , m_actor(actor)
    , m_clock(clock)
    , m_series(connection, actor, std::move(clock))
    , m_model(new ud::TenantUsageTableModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    // In the order of Preset.
    m_ui->presetCombo->addItem(tr("Last 30 days"));
    m_ui->presetCombo->addItem(tr("Last 90 days"));
    m_ui->presetCombo->addItem(tr("Last 12 months"));
    m_ui->presetCombo->addItem(tr("This year"));
    m_ui->presetCombo->addItem(tr("Last year"));
    m_ui->presetCombo->addItem(tr("Custom"));
    ShortcutHint::assign(m_ui->exportButton, QKeySequence(tr("Ctrl+E")));
    m_ui->backButton->setToolTip(
        ShortcutHint::toolTip(tr("Back to the Tenants List"), QKeySequence::Back));
    m_ui->exportButton->setEnabled(false);

    m_ui->usageView->setModel(m_model);
    m_ui->usageView->verticalHeader()->hide();
    // Numbers read best in columns of one width; the user may still resize them.
    m_ui->usageView->horizontalHeader()->setDefaultSectionSize(140);

    buildChart();
    // The view made an empty chart of its own, and setChart only lets go of
    // it: delete it, or it leaks (LeakSanitizer, asan-full).
    QChart *const placeholder = m_ui->chartView->chart();
    m_ui->chartView->setChart(m_chart);
    delete placeholder;
    m_ui->chartView->setRenderHint(QPainter::Antialiasing);

    ViewStateMemory::remember(m_ui->usageView->horizontalHeader(), u"tenantUsagePage/header"_s);
    if (!ViewStateMemory::remember(m_ui->splitter, u"tenantUsagePage/splitter"_s))
        m_ui->splitter->setSizes({360, 240});
    QSettings settings;
    const bool monthly = settings.value(u"tenantUsagePage/monthly"_s, false).toBool();
    m_ui->monthlyRadio->setChecked(monthly);
    m_ui->dailyRadio->setChecked(!monthly);
    applyPreset(monthly ? Last12Months : Last90Days);

    auto *back = new QShortcut(QKeySequence(QKeySequence::Back), this);
    connect(back, &QShortcut::activated, this, &TenantUsagePage::backRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &TenantUsagePage::backRequested);
    connect(m_ui->monthlyRadio, &QRadioButton::toggled, this, &TenantUsagePage::granularityToggled);
    connect(m_ui->presetCombo, &QComboBox::activated, this, &TenantUsagePage::presetChosen);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &TenantUsagePage::rangeEdited);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &TenantUsagePage::rangeEdited);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &TenantUsagePage::chooseExportFile);
}

TenantUsagePage::~TenantUsagePage() = default;

void TenantUsagePage::buildChart()
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_dateAxis = new QDateTimeAxis(m_chart);
    m_dateAxis->setObjectName(u"dateAxis"_s);
    m_usersAxis = new QValueAxis(m_chart);
    m_usersAxis->setObjectName(u"usersAxis"_s);
    m_usersAxis->setTitleText(tr("Users"));
    m_usersAxis->setLabelFormat(u"%.0f"_s);
    m_creditsAxis = new QValueAxis(m_chart);
    m_creditsAxis->setObjectName(u"creditsAxis"_s);
    m_creditsAxis->setTitleText(tr("Credits"));
    m_creditsAxis->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_usersAxis, Qt::AlignLeft);
    m_chart->addAxis(m_creditsAxis, Qt::AlignRight);

    const auto addSeries = [this](const QString &objectName, const QString &name,
                                  QValueAxis *axis) {
        auto *series = new QLineSeries(m_chart);
        series->setObjectName(objectName);
        series->setName(name);
        m_chart->addSeries(series);
        series->attachAxis(m_dateAxis);
        series->attachAxis(axis);
        return series;
    };
    m_usersSeries = addSeries(u"usersSeries"_s, tr("Users"), m_usersAxis);
    m_peakSeries = addSeries(u"usersPeakSeries"_s, tr("Users (peak)"), m_usersAxis);
    m_voiceSeries = addSeries(u"voiceSeries"_s, tr("Voice credits"), m_creditsAxis);
    m_smsSeries = addSeries(u"smsSeries"_s, tr("SMS credits"), m_creditsAxis);
    QPen peakPen = m_peakSeries->pen();
    peakPen.setStyle(Qt::DashLine);
    m_peakSeries->setPen(peakPen);
}

QDate TenantUsagePage::today() const
{
    // Usage days are UTC days (data.md).
    return m_clock().toUTC().date();
}

TenantUsageGranularity TenantUsagePage::granularity() const
{
    return m_ui->monthlyRadio->isChecked() ? TenantUsageGranularity::Monthly
                                           : TenantUsageGranularity::Daily;
}

void TenantUsagePage::setGranularity(TenantUsageGranularity granularity)
{
    // Checking a radio button reloads through granularityToggled().
    if (granularity == TenantUsageGranularity::Monthly)
        m_ui->monthlyRadio->setChecked(true);
    else
        m_ui->dailyRadio->setChecked(true);
}

QDate TenantUsagePage::firstDay() const
{
    return m_ui->fromDate->date();
}

QDate TenantUsagePage::lastDay() const
{
    return m_ui->toDate->date();
}

QString TenantUsagePage::message() const
{
    return m_ui->messageLabel->text();
}

void TenantUsagePage::showTenant(qint64 tenantKey)
{
    m_tenantKey = tenantKey;
    reload();
}

void TenantUsagePage::applyPreset(Preset preset)
{
    const QDate now = today();
    QDate first;
    QDate last = now;
    switch (preset) {
    case Last30Days:
        first = now.addDays(-29);
        break;
    case Last90Days:
        first = now.addDays(-89);
        break;
    case Last12Months:
        first = monthStart(now).addMonths(-11);
        break;
    case ThisYear:
        first = QDate(now.year(), 1, 1);
        break;
    case LastYear:
        first = QDate(now.year() - 1, 1, 1);
        last = QDate(now.year() - 1, 12, 31);
        break;
    case Custom:
        first = firstDay();
        last = lastDay();
        break;
    }
    m_settingRange = true;
    m_ui->presetCombo->setCurrentIndex(preset);
    m_ui->fromDate->setDate(first);
    m_ui->toDate->setDate(last);
    m_settingRange = false;
    reload();
}

void TenantUsagePage::setRange(QDate first, QDate last)
{
    m_settingRange = true;
    m_ui->presetCombo->setCurrentIndex(Custom);
    m_ui->fromDate->setDate(first);
    m_ui->toDate->setDate(last);
    m_settingRange = false;
    reload();
}

void TenantUsagePage::presetChosen(int index)
{
    // "Custom" keeps the dates: the user edits them next.
    if (index != Custom)
        applyPreset(static_cast<Preset>(index));
}

void TenantUsagePage::rangeEdited()
{
    if (m_settingRange)
        return;
    m_ui->presetCombo->setCurrentIndex(Custom);
    reload();
}

void TenantUsagePage::granularityToggled()
{
    const bool monthly = granularity() == TenantUsageGranularity::Monthly;
    QSettings().setValue(u"tenantUsagePage/monthly"_s, monthly);
    // Each granularity has its own default period; a period the user chose stays.
    const int preset = m_ui->presetCombo->currentIndex();
    if (monthly && preset == Last90Days)
        applyPreset(Last12Months);
    else if (!monthly && preset == Last12Months)
        applyPreset(Last90Days);
    else
        reload();
}

void TenantUsagePage::reload()
{
    if (m_tenantKey == 0) {
        clearFigures();
        return;
    }
    const auto usage = m_series.load(m_tenantKey, firstDay(), lastDay(), granularity());
    if (!usage) {
        showError(usage.error());
        return;
    }
    showUsage(*usage);
}

void TenantUsagePage::showUsage(const ud::TenantUsage &usage)
{
    const bool monthly = usage.granularity == TenantUsageGranularity::Monthly;
    m_titledTenantKey = usage.tenantKey;
    m_ui->titleLabel->setText(tr("Usage of %1 (%2)").arg(usage.companyName, usage.hostname));
    m_ui->messageLabel->clear();
    m_model->setUsage(usage);
    m_ui->usageView->setColumnHidden(ud::TenantUsageTableModel::UsersPeak, !monthly);

    QList<QPointF> users;
    QList<QPointF> peak;
    QList<QPointF> voice;
    QList<QPointF> sms;
    qreal mostUsers = 0;
    qreal mostCredits = 0;
    for (const ud::TenantUsagePoint &point : usage.points) {
        const qreal x = xOf(point.period);
        users << QPointF(x, point.users);
        peak << QPointF(x, point.usersPeak);
        voice << QPointF(x, qreal(point.voiceCredits));
        sms << QPointF(x, qreal(point.smsCredits));
        mostUsers = std::max(mostUsers, qreal(point.usersPeak));
        mostCredits = std::max({mostCredits, qreal(point.voiceCredits), qreal(point.smsCredits)});
    }
    m_usersSeries->replace(users);
    m_peakSeries->replace(monthly ? peak : QList<QPointF>());
    m_voiceSeries->replace(voice);
    m_smsSeries->replace(sms);
    m_usersSeries->setName(monthly ? tr("Users (last day)") : tr("Users"));
    m_peakSeries->setVisible(monthly);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_peakSeries))
        marker->setVisible(monthly);
    // Few points a month: markers make single months visible.
    for (QLineSeries *series : {m_usersSeries, m_peakSeries, m_voiceSeries, m_smsSeries})
        series->setPointsVisible(monthly || usage.points.size() <= 31);

    // Months are drawn at their first day, which may lie before the range.
    QDate from = monthly ? monthStart(usage.first) : usage.first;
    QDate to = monthly ? monthStart(usage.last) : usage.last;
    if (from == to) {
        from = from.addDays(monthly ? -15 : -1);
        to = to.addDays(monthly ? 15 : 1);
    }
    m_dateAxis->setFormat(monthly ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s);
    m_dateAxis->setRange(from.startOfDay(), to.startOfDay());
    const qint64 spanDays = from.daysTo(to);
    m_dateAxis->setTickCount(int(std::clamp<qint64>(monthly ? spanDays / 30 + 1 : 7, 2, 13)));
    fitAxis(m_usersAxis, mostUsers);
    fitAxis(m_creditsAxis, mostCredits);

    const int count = int(usage.points.size());
    QString summary;
    if (count == 0)
        summary = tr("No usage recorded between %1 and %2.")
                      .arg(usage.first.toString(Qt::ISODate), usage.last.toString(Qt::ISODate));
    else if (monthly)
        summary = tr("%n month(s) with usage between %1 and %2.", nullptr, count)
                      .arg(usage.first.toString(Qt::ISODate), usage.last.toString(Qt::ISODate));
    else
        summary = tr("%n day(s) with usage between %1 and %2.", nullptr, count)
                      .arg(usage.first.toString(Qt::ISODate), usage.last.toString(Qt::ISODate));
    m_ui->summaryLabel->setText(summary);
    m_ui->chartView->setAccessibleDescription(summary);
    m_ui->exportButton->setEnabled(true);
}

void TenantUsagePage::showError(const ud::Error &error)
{
    clearFigures();
    // A bad range keeps the tenant's name; any other error may be about the
    // tenant itself.
    if (error.kind != ud::ErrorKind::BadInput || m_titledTenantKey != m_tenantKey) {
        m_titledTenantKey = 0;
        m_ui->titleLabel->setText(tr("Tenant usage"));
    }
    m_ui->messageLabel->setText(MessageBox::sentence(error.message));
}

void TenantUsagePage::clearFigures()
{
    m_model->clear();
    for (QLineSeries *series : {m_usersSeries, m_peakSeries, m_voiceSeries, m_smsSeries})
        series->clear();
    m_ui->summaryLabel->clear();
    m_ui->chartView->setAccessibleDescription(QString());
    m_ui->exportButton->setEnabled(false);
}

void TenantUsagePage::chooseExportFile()
{
    const ud::TenantUsage &usage = m_model->usage();
    QSettings settings;
    const QString folder =
        settings
            .value(u"tenantUsagePage/exportFolder"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested = u"%1/%2-%3-%4-%5.csv"_s.arg(
        folder, usage.hostname,
        usage.granularity == TenantUsageGranularity::Monthly ? u"monthly"_s : u"daily"_s,
        usage.first.toString(Qt::ISODate), usage.last.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tenant Usage"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"tenantUsagePage/exportFolder"_s, QFileInfo(path).absolutePath());
    (void)exportTo(path);
}

ud::Status TenantUsagePage::exportTo(const QString &path)
{
    // At most a few thousand rows already in memory: written at once.
    QSaveFile file(path);
    ud::Status status;
    if (!file.open(QIODevice::WriteOnly)) {
        status = ud::Error::storage(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else if (const ud::Status written = ud::TenantUsageCsv::write(m_model->usage(), file);
               !written) {
        status = ud::cancelSaveFile(file, written.error());
    } else {
        status = ud::commitSaveFile(file);
    }
    m_ui->messageLabel->setText(status ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                       : MessageBox::sentence(status.error().message));
    return status;
}
