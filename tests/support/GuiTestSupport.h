#pragma once

// Helpers the GUI tests share: finding a form's widgets by object name and
// pressing a dialog's OK button as a user would.

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace guitest {

// The named child; a test cannot go on without it, so its absence is fatal.
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qUtf8Printable(name));
    return widget;
}

// Picks the entry whose data is `data`, as a user choosing it would.
inline void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("no entry with data %d in %s", data, qUtf8Printable(combo->objectName()));
    combo->setCurrentIndex(index);
}

inline void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace guitest
