#include "AuditTableModel.h"

#include "ErrorText.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AuditTableModel::append(const QList<ud::AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

qint64 AuditTableModel::oldestId() const
{
    return m_entries.isEmpty() ? 0 : m_entries.constLast().id;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ud::AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case When:
            return e.at;
        case Outcome:
            return e.allowed;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Administrator:
            return e.actor;
        case Action:
            return e.action;
        case Object:
            return e.object;
        case Outcome:
            return e.allowed ? tr("Allowed") : tr("Refused");
        case Detail:
            return e.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == When)
            return tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs));
        if (index.column() == Detail && !e.detail.isEmpty())
            return e.detail;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && !e.allowed)
            return ErrorText::color(QApplication::palette());
        return {};
    default:
        return {};
    }
}

QString AuditTableModel::columnTitle(Column column)
{
    switch (column) {
    case When:
        return tr("When");
    case Administrator:
        return tr("Administrator");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(static_cast<Column>(section));
}
