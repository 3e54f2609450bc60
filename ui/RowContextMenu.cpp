#include "RowContextMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPointer>

namespace {

class KeyboardMenuFilter : public QObject
{
public:
    explicit KeyboardMenuFilter(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view)
            return false;
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool menuKey = key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier;
            const bool shiftF10 =
                key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
            if (menuKey || shiftF10) {
                requestAtCurrentRow();
                return true;
            }
        } else if (event->type() == QEvent::ContextMenu &&
                   static_cast<QContextMenuEvent *>(event)->reason() ==
                       QContextMenuEvent::Keyboard) {
            requestAtCurrentRow();
            return true;
        }
        return false;
    }

private:
    void requestAtCurrentRow()
    {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid() || m_view->contextMenuPolicy() != Qt::CustomContextMenu)
            return;
        m_view->scrollTo(current);
        Q_EMIT m_view->customContextMenuRequested(m_view->visualRect(current).center());
    }

    QAbstractItemView *m_view;
};

} // namespace

namespace RowContextMenu {

void enableKeyboard(QAbstractItemView *view)
{
    view->installEventFilter(new KeyboardMenuFilter(view));
}

void offerButtons(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    enableKeyboard(view);
    QList<QPointer<QAbstractButton>> guarded(buttons.cbegin(), buttons.cend());
    QObject::connect(
        view, &QWidget::customContextMenuRequested, view, [view, guarded](const QPoint &position) {
            const QModelIndex index = view->indexAt(position);
            if (!index.isValid())
                return;
            QItemSelectionModel *selection = view->selectionModel();
            if (!selection->isRowSelected(index.row(), index.parent()))
                selection->select(index,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->setCurrentIndex(index);
            auto *menu = new QMenu(view);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (QAbstractButton *button : guarded) {
                if (!button || button->isHidden())
                    continue;
                QString text = button->text();
                if (!button->shortcut().isEmpty())
                    text += u'\t' + button->shortcut().toString(QKeySequence::NativeText);
                QAction *entry = menu->addAction(text);
                entry->setEnabled(button->isEnabled());
                QObject::connect(entry, &QAction::triggered, button, &QAbstractButton::click);
            }
            menu->popup(view->viewport()->mapToGlobal(position));
        });
}

} // namespace RowContextMenu
