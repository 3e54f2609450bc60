// Issue #7: error texts use one red that stays readable when the palette
// turns dark, and a label stops being red when it stops being an error.
#include "ErrorText.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return dark;
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ErrorText::install(*qApp); }

    void followsTheSystemPalette()
    {
        const QPalette light = QApplication::palette();
        QVERIFY(light.color(QPalette::Window).lightness() >= 128);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *error = new QLabel(u"Name is required."_s);
        // Opted in the way a Designer form does it: the dynamic property.
        error->setProperty(ErrorText::kProperty, true);
        auto *plain = new QLabel(u"Name:"_s);
        layout->addWidget(error);
        layout->addWidget(plain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QColor onLight = error->palette().color(QPalette::WindowText);
        QCOMPARE(onLight, ErrorText::color(light));
        QVERIFY(onLight != plain->palette().color(QPalette::WindowText));
        QVERIFY(contrast(onLight, light.color(QPalette::Window)) >= 4.5);

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(error->palette().color(QPalette::Window),
                     darkPalette().color(QPalette::Window));
        const QColor onDark = error->palette().color(QPalette::WindowText);
        QVERIFY(onDark != onLight);
        QVERIFY2(contrast(onDark, darkPalette().color(QPalette::Window)) >= 4.5,
                 qPrintable(onDark.name()));
        // Labels that are not errors keep following the palette.
        QCOMPARE(plain->palette().color(QPalette::WindowText),
                 darkPalette().color(QPalette::WindowText));

        // No longer an error: the label takes the palette's text colour again.
        ErrorText::mark(error, false);
        QCOMPARE(error->palette().color(QPalette::WindowText),
                 darkPalette().color(QPalette::WindowText));
        ErrorText::mark(error, true);
        QCOMPARE(error->palette().color(QPalette::WindowText), onDark);
        QApplication::setPalette(light);
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), onLight);
    }
};

QTEST_MAIN(TestErrorText)
#include "tst_errortext_gui.moc"
