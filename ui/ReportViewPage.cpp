#include "ReportViewPage.h"

#include "ShortcutHint.h"
#include "ViewStateMemory.h"
#include "reports/ReportRowsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

ReportViewPage::ReportViewPage(const ud::DatabaseTarget &target, const ud::Actor &actor,
                               ud::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new ud::ReportRowsModel(target, actor, std::move(clock), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(u"backButton"_s);
    m_back->setAccessibleName(tr("Back to the reports"));
    m_title = new QLabel(this);
    m_title->setObjectName(u"titleLabel"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    m_view = new QTableView(this);
    m_view->setObjectName(u"rowsView"_s);
    m_view->setAccessibleName(tr("Report rows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_columnsRemembered =
        ViewStateMemory::remember(m_view->horizontalHeader(), u"reportViewPage/header"_s);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Alt+Left, as in a browser; the button says so.
    m_back->setToolTip(ShortcutHint::toolTip(tr("Back to the reports"), QKeySequence::Back));
    auto *backShortcut = new QShortcut(QKeySequence::Back, this);
    connect(backShortcut, &QShortcut::activated, this, &ReportViewPage::backRequested);
    connect(m_back, &QPushButton::clicked, this, &ReportViewPage::backRequested);
    connect(m_model, &ud::ReportRowsModel::opened, this, &ReportViewPage::onOpened);
    connect(m_model, &ud::ReportRowsModel::loadFailed, m_status, &QLabel::setText);
}

ReportViewPage::~ReportViewPage() = default;

void ReportViewPage::showReport(qint64 reportId)
{
    m_title->setText(tr("Report %1").arg(reportId));
    m_status->setText(tr("Loading…"));
    m_model->open(reportId);
}

void ReportViewPage::onOpened(bool ok, const QString &message)
{
    if (ok) {
        const ud::ReportInfo &info = m_model->report();
        m_title->setText(tr("%1 — %2 to %3, %4 row(s)", nullptr,
                            int(std::min<qint64>(info.rowCount, std::numeric_limits<int>::max())))
                             .arg(info.name, info.periodStart.toString(Qt::ISODate),
                                  info.periodEnd.toString(Qt::ISODate),
                                  QLocale().toString(info.rowCount)));
        m_status->clear();
        if (!m_columnsRemembered) {
            m_view->resizeColumnsToContents();
            m_columnsRemembered = true;
        }
    } else {
        m_status->setText(message);
    }
    Q_EMIT opened(ok, message);
}
