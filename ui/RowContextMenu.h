#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;

// Keyboard access to the actions of a table's rows, which a mouse user finds
// in the context menu or a row's button.
namespace RowContextMenu {

// The Menu key and Shift+F10 on `view` ask for its context menu at the
// current row (customContextMenuRequested at the row's place in the
// viewport), as a right click on that row does. The platform's own keyboard
// context menu event is sent to the same place.
void enableKeyboard(QAbstractItemView *view);

// A context menu on `view` offering the page's row buttons: the row under
// the pointer (or the current row, from the keyboard) is selected, then each
// visible button becomes an entry, enabled as the button is and showing its
// shortcut. Includes enableKeyboard().
void offerButtons(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);

} // namespace RowContextMenu
