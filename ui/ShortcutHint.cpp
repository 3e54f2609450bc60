#include "ShortcutHint.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString baseText(const QString &toolTip, const QString &text, const QKeySequence &oldKeys)
{
    if (toolTip.isEmpty())
        return plain(text);
    // A tooltip set here before carries the old shortcut: start from its text.
    const QString oldSuffix =
        QStringLiteral(" (%1)").arg(oldKeys.toString(QKeySequence::NativeText));
    if (!oldKeys.isEmpty() && toolTip.endsWith(oldSuffix))
        return toolTip.chopped(oldSuffix.size());
    return toolTip;
}

} // namespace

namespace ShortcutHint {

QString toolTip(const QString &text, const QKeySequence &keys)
{
    if (keys.isEmpty())
        return plain(text);
    return QCoreApplication::translate("ShortcutHint", "%1 (%2)")
        .arg(plain(text), keys.toString(QKeySequence::NativeText));
}

void assign(QAbstractButton *button, const QKeySequence &keys)
{
    const QString base = baseText(button->toolTip(), button->text(), button->shortcut());
    button->setShortcut(keys);
    button->setToolTip(toolTip(base, keys));
}

void assign(QAction *action, const QKeySequence &keys)
{
    // QAction's tooltip falls back to its text, so it is never empty.
    const QString base = baseText(action->toolTip(), action->text(), action->shortcut());
    action->setShortcut(keys);
    action->setToolTip(toolTip(base, keys));
}

} // namespace ShortcutHint
