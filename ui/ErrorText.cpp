#include "ErrorText.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace {

// Material's error reds: the dark one on light windows, a light one on dark
// windows; both keep a contrast of at least 4.5:1 on the usual backgrounds.
constexpr QRgb kOnLight = qRgb(0xb0, 0x00, 0x20);
constexpr QRgb kOnDark = qRgb(0xff, 0x8a, 0x80);

void applyColour(QWidget *widget)
{
    const bool error = widget->property(ErrorText::kProperty).toBool();
    const QColor wanted = ErrorText::color(widget->palette());
    const bool coloured = widget->palette().isBrushSet(QPalette::Active, QPalette::WindowText) &&
                          widget->palette().color(QPalette::WindowText) == wanted;
    if (error && !coloured) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, wanted);
        palette.setColor(QPalette::Text, wanted);
        widget->setPalette(palette);
    } else if (!error && widget->testAttribute(Qt::WA_SetPalette) &&
               widget->palette().isBrushSet(QPalette::Active, QPalette::WindowText) &&
               widget->palette().color(QPalette::WindowText) ==
                   ErrorText::color(widget->palette())) {
        // Back to the inherited palette, which follows the system's.
        widget->setPalette(QPalette());
    }
}

class ErrorTextStyler : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Polish:
        case QEvent::PaletteChange:
        case QEvent::DynamicPropertyChange:
            if (watched->isWidgetType() && watched->property(ErrorText::kProperty).isValid())
                applyColour(static_cast<QWidget *>(watched));
            break;
        default:
            break;
        }
        return false;
    }
};

} // namespace

namespace ErrorText {

QColor color(const QPalette &palette)
{
    return QColor(palette.color(QPalette::Window).lightness() < 128 ? kOnDark : kOnLight);
}

void mark(QWidget *widget, bool error)
{
    widget->setProperty(kProperty, error);
    applyColour(widget);
}

void install(QApplication &app)
{
    static QPointer<ErrorTextStyler> installed;
    if (installed && installed->parent() == &app)
        return;
    installed = new ErrorTextStyler(&app);
    app.installEventFilter(installed);
}

} // namespace ErrorText
