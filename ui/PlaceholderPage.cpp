#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &comingWith, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *note = new QLabel(comingWith, this);
    note->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addStretch(1);
    setAccessibleName(title);
}
