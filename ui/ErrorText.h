#pragma once

#include <QColor>

class QApplication;
class QPalette;
class QWidget;

// One red for error messages that stays readable on light and dark palettes.
//
// A label opts in with the dynamic property "errorText" set to true: in a
// Designer form (<property name="errorText" stdset="0"><bool>true</bool>
// </property>) or in code with ErrorText::mark(). The styler installed on the
// application colours such widgets when they are polished and again whenever
// their palette or the property changes, so a switch between the system's
// light and dark palettes recolours them too.
namespace ErrorText {

inline constexpr char kProperty[] = "errorText";

// The error colour for text drawn on `palette`'s window colour.
QColor color(const QPalette &palette);

// Sets the property (true or false) and colours the widget at once.
void mark(QWidget *widget, bool error = true);

// Installs the styler on the application; idempotent. Every GUI entry point
// (the application's main() and the GUI tests) calls it once.
void install(QApplication &app);

} // namespace ErrorText
