#include "usage/TenantUsageTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ud {

TenantUsageTableModel::TenantUsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TenantUsageTableModel::setUsage(const TenantUsage &usage)
{
    // The granularity changes the header too, so a reset, not row inserts.
    beginResetModel();
    m_usage = usage;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TenantUsageTableModel::clear()
{
    beginResetModel();
    m_usage.points.clear();
    endResetModel();
}

int TenantUsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_usage.points.size());
}

int TenantUsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantUsageTableModel::periodText(const TenantUsagePoint &point,
                                          TenantUsageGranularity granularity)
{
    // ISO forms: unambiguous in every language, and sorted as text they
    // stay in date order.
    return granularity == TenantUsageGranularity::Monthly ? point.period.toString(u"yyyy-MM"_s)
                                                          : point.period.toString(Qt::ISODate);
}

QVariant TenantUsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantUsagePoint &p = m_usage.points.at(index.row());
    const auto raw = [&p](int column) -> QVariant {
        switch (column) {
        case Period:
            return p.period;
        case Users:
            return p.users;
        case UsersPeak:
            return p.usersPeak;
        case VoiceCredits:
            return p.voiceCredits;
        case SmsCredits:
            return p.smsCredits;
        case Authentications:
            return p.authentications;
        default:
            return {};
        }
    };
    switch (role) {
    case RawValueRole:
        return raw(index.column());
    case Qt::DisplayRole:
        if (index.column() == Period)
            return periodText(p, m_usage.granularity);
        return QLocale().toString(raw(index.column()).toLongLong());
    case Qt::TextAlignmentRole:
        if (index.column() == Period)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == Period && m_usage.granularity == TenantUsageGranularity::Monthly)
            return tr("%n day(s) with data; the last is %1", nullptr, p.days)
                .arg(p.lastDay.toString(Qt::ISODate));
        return {};
    default:
        return {};
    }
}

QString TenantUsageTableModel::columnTitle(Column column, TenantUsageGranularity granularity)
{
    const bool monthly = granularity == TenantUsageGranularity::Monthly;
    switch (column) {
    case Period:
        return monthly ? tr("Month") : tr("Day");
    case Users:
        return monthly ? tr("Users (last day)") : tr("Users");
    case UsersPeak:
        return tr("Users (peak)");
    case VoiceCredits:
        return tr("Voice credits");
    case SmsCredits:
        return tr("SMS credits");
    case Authentications:
        return tr("Authentications");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TenantUsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(static_cast<Column>(section), m_usage.granularity);
    if (role == Qt::TextAlignmentRole && section != Period)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

} // namespace ud
