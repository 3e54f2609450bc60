#include "RowActionsDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace {

QRect buttonRect(const QRect &cell)
{
    return cell.adjusted(2, 1, -2, -1);
}

} // namespace

void RowActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize RowActionsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QSize text = option.fontMetrics.size(Qt::TextSingleLine, QStringLiteral("⋯⋯"));
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(text + QSize(16, 4));
}

bool RowActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            buttonRect(option.rect).contains(mouse->position().toPoint())) {
            // Cell rectangles are in the viewport's coordinates.
            const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            const QPoint below = option.rect.bottomLeft();
            Q_EMIT actionsRequested(index, view ? view->viewport()->mapToGlobal(below) : below);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
