#pragma once

#include "access/Role.h"

#include <QAbstractTableModel>

// The Roles List: one row per role, read once through AdministrationService.
class RoleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Description,
        BuiltIn,
        Administrators,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1, // for sorting: text, bool or count
        RoleIdRole,
    };

    explicit RoleTableModel(QObject *parent = nullptr);

    void setRoles(QList<ud::Role> roles);
    const ud::Role &role(int row) const { return m_roles.at(row); }
    int rowOf(qint64 roleId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ud::Role> m_roles;
};
