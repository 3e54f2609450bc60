#include "RoleTableModel.h"

#include <QLocale>

RoleTableModel::RoleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RoleTableModel::setRoles(QList<ud::Role> roles)
{
    beginResetModel();
    m_roles = std::move(roles);
    endResetModel();
}

int RoleTableModel::rowOf(qint64 roleId) const
{
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).id == roleId)
            return row;
    }
    return -1;
}

int RoleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int RoleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ud::Role &r = m_roles.at(index.row());
    if (role == RoleIdRole)
        return r.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return r.name.toLower();
        case Description:
            return r.description.toLower();
        case BuiltIn:
            return r.isBuiltIn();
        case Administrators:
            return r.administratorCount;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Description:
            return r.description.section(QLatin1Char('\n'), 0, 0);
        case BuiltIn:
            return r.isBuiltIn() ? tr("Yes") : tr("No");
        case Administrators:
            return QLocale().toString(r.administratorCount);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Description && !r.description.isEmpty())
        return r.description;
    if (role == Qt::TextAlignmentRole && index.column() == Administrators)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case BuiltIn:
        return tr("Built-in");
    case Administrators:
        return tr("Administrators");
    default:
        return {};
    }
}
