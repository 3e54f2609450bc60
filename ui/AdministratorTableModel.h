#pragma once

#include "access/Administrator.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The administrators list, read once through AdministrationService.
class AdministratorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserName,
        DisplayName,
        Email,
        Role,
        Enabled,
        Locked,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
        AdministratorIdRole,
    };

    explicit AdministratorTableModel(QObject *parent = nullptr);

    // `nowUtc` decides which accounts are locked at the moment.
    void setAdministrators(QList<ud::Administrator> administrators, const QDateTime &nowUtc);
    const ud::Administrator &administrator(int row) const { return m_administrators.at(row); }
    int rowOf(qint64 adminId) const;
    bool isLocked(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ud::Administrator> m_administrators;
    QDateTime m_now;
};
