#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QAction;

// Shortcuts that say themselves: the tooltip of a button or action names its
// shortcut ("Refresh (F5)"), so keyboard users can learn them where mouse
// users look. Menus show an action's shortcut by themselves.
namespace ShortcutHint {

// "text (keys)" in the platform's notation; `text` loses its '&' marker.
QString toolTip(const QString &text, const QKeySequence &keys);

// Sets the shortcut and a tooltip naming it. The tooltip starts from the
// present one, or the button's text when there is none.
void assign(QAbstractButton *button, const QKeySequence &keys);
void assign(QAction *action, const QKeySequence &keys);

} // namespace ShortcutHint
