#include "reports/ReportRowsModel.h"

#include "core/TextRules.h"
#include "reports/ReportRowsQuery.h"
#include "storage/Connection.h"

#include <QLocale>
#include <QPointer>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace ud {

// Lives on the model's thread; owns that thread's connection, opened on first
// use and closed when the loader is deleted there.
class ReportRowsModel::Loader : public QObject
{
public:
    Loader(DatabaseTarget target, Actor actor, Clock clock)
        : m_target(std::move(target))
        , m_actor(std::move(actor))
        , m_clock(std::move(clock))
    {}

    Result<const Connection *> connection()
    {
        if (!m_connection) {
            auto opened = Connection::open(m_target, u"report-rows"_s);
            if (!opened)
                return opened.error();
            m_connection = std::move(*opened);
        }
        return static_cast<const Connection *>(m_connection.get());
    }
    ReportRowsQuery query(const Connection &connection) const
    {
        return ReportRowsQuery(connection, m_actor, m_clock);
    }

private:
    DatabaseTarget m_target;
    Actor m_actor;
    Clock m_clock;
    std::unique_ptr<Connection> m_connection;
};

ReportRowsModel::ReportRowsModel(DatabaseTarget target, Actor actor, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_loader = new Loader(std::move(target), std::move(actor), std::move(clock));
    m_thread = new QThread;
    m_thread->setObjectName(u"report-rows"_s);
    m_loader->moveToThread(m_thread);
    // Deleted on its own thread, where its connection lives.
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
}

ReportRowsModel::~ReportRowsModel()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ReportRowsModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_reportId = 0;
    m_report = {};
    m_rows.clear();
    m_lastPosition = 0;
    m_atEnd = true;
    m_loading = false;
    endResetModel();
}

void ReportRowsModel::open(qint64 reportId)
{
    clear();
    m_reportId = reportId;
    m_loading = true;
    const quint64 generation = m_generation;
    QPointer<ReportRowsModel> self(this);
    Loader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [self, loader, generation, reportId] {
        const auto deliver = [&](bool ok, const QString &message, const ReportInfo &info) {
            QMetaObject::invokeMethod(
                self,
                [self, generation, ok, message, info] {
                    if (self)
                        self->onOpened(generation, ok, message, info);
                },
                Qt::QueuedConnection);
        };
        const auto connection = loader->connection();
        if (!connection)
            return deliver(false, asSentence(connection.error().message), {});
        const auto info = loader->query(**connection).open(reportId);
        if (!info)
            return deliver(false, asSentence(info.error().message), {});
        deliver(true, QString(), *info);
    });
}

void ReportRowsModel::onOpened(quint64 generation, bool ok, const QString &message,
                               const ReportInfo &info)
{
    if (generation != m_generation)
        return;
    if (!ok) {
        m_loading = false;
        Q_EMIT opened(false, message);
        return;
    }
    m_report = info;
    m_atEnd = false;
    m_loading = false;
    requestPage();
}

void ReportRowsModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const qint64 reportId = m_reportId;
    const qint64 after = m_lastPosition;
    QPointer<ReportRowsModel> self(this);
    Loader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [self, loader, generation, reportId, after] {
        QList<ReportRow> rows;
        qint64 last = after;
        bool atEnd = true;
        QString error;
        if (const auto connection = loader->connection(); !connection) {
            error = asSentence(connection.error().message);
        } else if (auto page = loader->query(**connection).page(reportId, after, kPageSize);
                   !page) {
            error = asSentence(page.error().message);
        } else {
            rows = std::move(page->rows);
            last = page->lastPosition;
            atEnd = page->atEnd;
        }
        QMetaObject::invokeMethod(
            self,
            [self, generation, rows, last, atEnd, error] {
                if (self)
                    self->onPage(generation, rows, last, atEnd, error);
            },
            Qt::QueuedConnection);
    });
}

void ReportRowsModel::onPage(quint64 generation, const QList<ReportRow> &rows, qint64 lastPosition,
                             bool atEnd, const QString &error)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    const bool first = m_rows.isEmpty() && m_lastPosition == 0;
    if (!error.isEmpty()) {
        m_atEnd = true;
        if (first)
            Q_EMIT opened(false, error);
        else
            Q_EMIT loadFailed(error);
        return;
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    m_lastPosition = lastPosition;
    m_atEnd = atEnd;
    if (first)
        Q_EMIT opened(true, QString());
    Q_EMIT pageLoaded(int(rows.size()));
}

int ReportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReportRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reportId != 0 && !m_atEnd;
}

void ReportRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

QVariant ReportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportRow &row = m_rows.at(index.row());
    const int column = index.column();
    QVariant raw;
    switch (column) {
    case TenantId:
        raw = row.tenantId;
        break;
    case Hostname:
        raw = row.hostname;
        break;
    case CompanyName:
        raw = row.companyName;
        break;
    case ContractMode:
        raw = row.contractMode;
        break;
    case PeriodStart:
        raw = m_report.periodStart;
        break;
    case PeriodEnd:
        raw = m_report.periodEnd;
        break;
    case UsersPeak:
        raw = row.usersPeak;
        break;
    case UsersEnd:
        raw = row.usersEnd;
        break;
    case VoiceCredits:
        raw = row.voiceCredits;
        break;
    case SmsCredits:
        raw = row.smsCredits;
        break;
    case Authentications:
        raw = row.authentications;
        break;
    default:
        return {};
    }
    const bool number = column >= UsersPeak;
    switch (role) {
    case RawValueRole:
        return raw;
    case Qt::DisplayRole:
        if (number)
            return QLocale().toString(raw.toLongLong());
        if (column == PeriodStart || column == PeriodEnd)
            return raw.toDate().toString(Qt::ISODate);
        return raw;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ReportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenantId:
        return tr("Tenant ID");
    case Hostname:
        return tr("Hostname");
    case CompanyName:
        return tr("Company");
    case ContractMode:
        return tr("Contract mode");
    case PeriodStart:
        return tr("Period start");
    case PeriodEnd:
        return tr("Period end");
    case UsersPeak:
        return tr("Users (peak)");
    case UsersEnd:
        return tr("Users (end)");
    case VoiceCredits:
        return tr("Voice credits");
    case SmsCredits:
        return tr("SMS credits");
    case Authentications:
        return tr("Authentications");
    default:
        return {};
    }
}

} // namespace ud
