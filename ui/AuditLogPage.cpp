#include "AuditLogPage.h"

#include "AuditTableModel.h"
#include "FileExportJob.h"
#include "MessageBox.h"
#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "access/AdministrationService.h"
#include "access/AuditCsv.h"
#include "ui_AuditLogPage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

AuditLogPage::AuditLogPage(const ud::Connection &connection, const ud::Actor &actor,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogPage>())
    , m_connection(connection)
    , m_actor(actor)
    , m_loader(new ud::AuditPageLoader(connection.target(), actor, ud::systemClock(), this))
    , m_model(new AuditTableModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->outcomeCombo->addItem(tr("All"));
    m_ui->outcomeCombo->addItem(tr("Allowed"));
    m_ui->outcomeCombo->addItem(tr("Refused"));
    m_ui->actionEdit->setPlaceholderText(tr("contains…"));
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-30));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_ui->cancelExportButton->hide();
    m_ui->applyButton->setDefault(true);
    ShortcutHint::assign(m_ui->exportButton, QKeySequence(tr("Ctrl+E")));
    ShortcutHint::assign(m_ui->loadMoreButton, QKeySequence(tr("Ctrl+M")));
    m_ui->actionEdit->setToolTip(
        ShortcutHint::toolTip(tr("Search the actions"), QKeySequence::Find));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->actionEdit, [this] {
        m_ui->actionEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->actionEdit->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &AuditLogPage::reload);

    m_ui->auditView->setModel(m_model);
    m_ui->auditView->verticalHeader()->hide();
    m_ui->auditView->horizontalHeader()->setStretchLastSection(true);
    if (!ViewStateMemory::remember(m_ui->auditView->horizontalHeader(), u"auditLogPage/header"_s)) {
        m_ui->auditView->setColumnWidth(AuditTableModel::When, 150);
        m_ui->auditView->setColumnWidth(AuditTableModel::Administrator, 110);
        m_ui->auditView->setColumnWidth(AuditTableModel::Action, 170);
        m_ui->auditView->setColumnWidth(AuditTableModel::Object, 200);
        m_ui->auditView->setColumnWidth(AuditTableModel::Outcome, 80);
    }

    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(m_ui->actionEdit, &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_ui->actorCombo->lineEdit(), &QLineEdit::returnPressed, this, &AuditLogPage::reload);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AuditLogPage::clearFilter);
    connect(m_ui->loadMoreButton, &QPushButton::clicked, this, &AuditLogPage::loadMore);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &AuditLogPage::cancelExport);
    connect(this, &AuditLogPage::exportProgress, this, &AuditLogPage::showProgress);

    connect(m_loader, &ud::AuditPageLoader::loaded, this, &AuditLogPage::pageLoaded);
    connect(m_loader, &ud::AuditPageLoader::failed, this,
            [this](quint64 request, const QString &message) {
                if (request != m_request)
                    return;
                if (m_replaces)
                    m_model->clear();
                m_ui->messageLabel->setText(message);
                m_moreAvailable = false;
                updateStatus();
            });

    fillActors();
    updateStatus();
}

AuditLogPage::~AuditLogPage() = default; // an export in flight is cancelled by its job

void AuditLogPage::fillActors()
{
    m_ui->actorCombo->clear();
    m_ui->actorCombo->addItem(QString());
    m_ui->actorCombo->lineEdit()->setPlaceholderText(tr("All administrators"));
    // Administrators can be listed only with administrators:view; a user
    // name can always be typed.
    if (!m_actor.can({ud::Entity::Administrators, ud::Action::View}))
        return;
    const ud::AdministrationService service(m_connection, m_actor, ud::systemClock());
    const auto administrators = service.administrators();
    if (!administrators)
        return;
    for (const ud::Administrator &administrator : *administrators)
        m_ui->actorCombo->addItem(administrator.userName);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The newest lines each time the page is shown, not only at start-up.
    if (!isExporting())
        reload();
}

ud::AuditFilter AuditLogPage::currentFilter() const
{
    ud::AuditFilter filter;
    filter.actor = m_ui->actorCombo->currentText().trimmed();
    filter.action = m_ui->actionEdit->text().trimmed();
    if (m_ui->outcomeCombo->currentIndex() == 1)
        filter.allowed = true;
    else if (m_ui->outcomeCombo->currentIndex() == 2)
        filter.allowed = false;
    // Dates are the user's local days; the log is stored in UTC.
    if (m_ui->fromCheck->isChecked())
        filter.fromUtc = m_ui->fromDate->date().startOfDay().toUTC();
    if (m_ui->toCheck->isChecked())
        filter.untilUtc = m_ui->toDate->date().addDays(1).startOfDay().toUTC();
    return filter;
}

int AuditLogPage::loadedLines() const
{
    return m_model->rowCount();
}

void AuditLogPage::reload()
{
    // The lines shown stay until the new ones arrive (no empty flash).
    m_replaces = true;
    m_loadedOnce = true;
    request(0);
}

void AuditLogPage::loadMore()
{
    if (isLoading() || !m_moreAvailable)
        return;
    m_replaces = false;
    request(m_model->oldestId());
}

void AuditLogPage::request(qint64 beforeId)
{
    // One page more than shown tells whether there is another after it.
    m_request = m_loader->request(currentFilter(), beforeId, kPageSize + 1);
    updateStatus();
}

void AuditLogPage::pageLoaded(quint64 request, const QList<ud::AuditEntry> &page)
{
    if (request != m_request)
        return;
    m_ui->messageLabel->clear();
    QList<ud::AuditEntry> entries = page;
    m_moreAvailable = entries.size() > kPageSize;
    if (m_moreAvailable)
        entries.resize(kPageSize);
    if (m_replaces)
        m_model->clear();
    m_model->append(entries);
    updateStatus();
}

void AuditLogPage::clearFilter()
{
    m_ui->actorCombo->setCurrentIndex(0);
    m_ui->actorCombo->setEditText(QString());
    m_ui->actionEdit->clear();
    m_ui->outcomeCombo->setCurrentIndex(0);
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    reload();
}

void AuditLogPage::updateStatus()
{
    const int lines = m_model->rowCount();
    m_ui->statusLabel->setText(
        m_moreAvailable ? tr("%n newest line(s) shown; more are available.", nullptr, lines)
                        : tr("%n line(s).", nullptr, lines));
    m_ui->loadMoreButton->setEnabled(m_moreAvailable && !isLoading());
}

void AuditLogPage::chooseExportFile()
{
    if (isExporting())
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(u"auditLogPage/exportFolder"_s,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        folder + u"/audit-log-"_s + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"auditLogPage/exportFolder"_s, QFileInfo(path).absolutePath());
    exportTo(path);
}

void AuditLogPage::exportTo(const QString &path)
{
    if (isExporting())
        return;
    m_export = new FileExportJob(
        m_connection.target(), path,
        [filter = currentFilter(), actor = m_actor](
            const ud::Connection &connection, QIODevice &device,
            const ud::CancellationFlag *cancellation, const FileExportJob::Progress &progress) {
            const ud::AuditQuery query(connection, actor, ud::systemClock());
            return ud::AuditCsv::write(query, filter, device, cancellation, progress);
        },
        this);
    connect(m_export, &FileExportJob::progress, this, &AuditLogPage::exportProgress);
    connect(m_export, &FileExportJob::finished, this, [this](bool ok, const QString &message) {
        m_export->deleteLater();
        m_export = nullptr;
        finishExport(ok, message);
    });
    m_ui->exportButton->setEnabled(false);
    m_ui->cancelExportButton->show();
    m_ui->messageLabel->setText(tr("Exporting…"));
    m_export->start();
}

void AuditLogPage::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

void AuditLogPage::showProgress(qint64 lines)
{
    if (isExporting())
        m_ui->messageLabel->setText(
            tr("Exporting… %1 lines written.").arg(QLocale().toString(lines)));
}

void AuditLogPage::finishExport(bool ok, const QString &message)
{
    m_ui->exportButton->setEnabled(true);
    m_ui->cancelExportButton->hide();
    m_ui->messageLabel->setText(message);
    Q_EMIT exportFinished(ok, message);
}
