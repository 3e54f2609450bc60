#include "AdministratorTableModel.h"

#include <QLocale>

AdministratorTableModel::AdministratorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AdministratorTableModel::setAdministrators(QList<ud::Administrator> administrators,
                                                const QDateTime &nowUtc)
{
    beginResetModel();
    m_administrators = std::move(administrators);
    m_now = nowUtc;
    endResetModel();
}

int AdministratorTableModel::rowOf(qint64 adminId) const
{
    for (int row = 0; row < m_administrators.size(); ++row) {
        if (m_administrators.at(row).id == adminId)
            return row;
    }
    return -1;
}

bool AdministratorTableModel::isLocked(int row) const
{
    const QDateTime &until = m_administrators.at(row).lockedUntil;
    return until.isValid() && until > m_now;
}

int AdministratorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_administrators.size());
}

int AdministratorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdministratorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ud::Administrator &a = m_administrators.at(index.row());
    const bool locked = isLocked(index.row());
    if (role == AdministratorIdRole)
        return a.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case UserName:
            return a.userName.toLower();
        case DisplayName:
            return a.displayName.toLower();
        case Email:
            return a.email.toLower();
        case Role:
            return a.roleName.toLower();
        case Enabled:
            return a.enabled;
        case Locked:
            return locked ? a.lockedUntil : QDateTime();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserName:
            return a.userName;
        case DisplayName:
            return a.displayName;
        case Email:
            return a.email;
        case Role:
            return a.roleName;
        case Enabled:
            return a.enabled ? tr("Yes") : tr("No");
        case Locked:
            return locked ? tr("Until %1")
                                .arg(QLocale().toString(a.lockedUntil.toLocalTime().time(),
                                                        QLocale::ShortFormat))
                          : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Locked && locked)
        return tr("Locked after repeated failed sign-ins until %1 (local time)")
            .arg(QLocale().toString(a.lockedUntil.toLocalTime(), QLocale::LongFormat));
    return {};
}

QVariant AdministratorTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Enabled:
        return tr("Enabled");
    case Locked:
        return tr("Locked");
    default:
        return {};
    }
}
