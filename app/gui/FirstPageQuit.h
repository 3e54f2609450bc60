#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

// --quit-after-first-page (benchmarks): quits the application once the main
// window is shown and the Tenants page holds its first loaded rows, with exit
// code 0; with 5 when the page fails to load, 4 when this administrator has
// no Tenants page. Prints "first page: N ms, R rows" on standard output, N
// measured from the start of main().
class FirstPageQuit : public QObject
{
public:
    // `sinceMain` was started at the start of main().
    FirstPageQuit(MainWindow *window, QElapsedTimer sinceMain, QObject *parent = nullptr);

private:
    void check();
    void finish(int exitCode, const QString &message);

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};
