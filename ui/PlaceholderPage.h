#pragma once

#include <QWidget>

// A page whose content has not been built yet. It says so, and which issue
// brings it, rather than showing controls that do nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &comingWith, QWidget *parent = nullptr);
};
