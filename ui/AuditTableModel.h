#pragma once

#include "access/AuditLog.h"

#include <QAbstractTableModel>

// The loaded part of the audit log, newest first; pages are appended as the
// user asks for more.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Administrator,
        Action,
        Object,
        Outcome,
        Detail,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<ud::AuditEntry> &entries);
    // The id of the oldest loaded line (0 when empty): where the next page starts.
    qint64 oldestId() const;
    const ud::AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);

private:
    QList<ud::AuditEntry> m_entries;
};
