#include "RowActionsColumnProxy.h"

int RowActionsColumnProxy::actionsColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool RowActionsColumnProxy::isActionsIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() == actionsColumn();
}

int RowActionsColumnProxy::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount() + 1;
}

QModelIndex RowActionsColumnProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (!parent.isValid() && sourceModel() && column == actionsColumn() && row >= 0 &&
        row < rowCount())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex RowActionsColumnProxy::parent(const QModelIndex &child) const
{
    if (isActionsIndex(child))
        return QModelIndex();
    return QIdentityProxyModel::parent(child);
}

QModelIndex RowActionsColumnProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, index.isValid() ? parent(index) : QModelIndex());
}

QModelIndex RowActionsColumnProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (isActionsIndex(proxyIndex))
        return QModelIndex();
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QModelIndex RowActionsColumnProxy::buddy(const QModelIndex &index) const
{
    // The view sends clicks to the delegate at the buddy's place; the base
    // class would map the actions cell through the source, where it has none.
    if (isActionsIndex(index))
        return index;
    return QIdentityProxyModel::buddy(index);
}

QVariant RowActionsColumnProxy::data(const QModelIndex &index, int role) const
{
    if (!isActionsIndex(index))
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("⋯");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Actions for this tenant");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return QVariant();
    }
}

Qt::ItemFlags RowActionsColumnProxy::flags(const QModelIndex &index) const
{
    if (isActionsIndex(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

QVariant RowActionsColumnProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel() && section == actionsColumn()) {
        if (role == Qt::DisplayRole)
            return QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Row actions");
        return QVariant();
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void RowActionsColumnProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() && column != actionsColumn())
        sourceModel()->sort(column, order);
}
