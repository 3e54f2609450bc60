#pragma once

#include <QStyledItemDelegate>

// Draws a cell as a small "⋯" button and reports a click on it, so each row
// of a table has its actions menu one click away (the context menu and the
// keyboard's menu key open the same menu).
class RowActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    // `globalPosition` is where the menu should open: under the button.
    void actionsRequested(const QModelIndex &index, const QPoint &globalPosition);
};
