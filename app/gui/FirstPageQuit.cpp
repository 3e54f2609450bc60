#include "FirstPageQuit.h"

#include "MainWindow.h"
#include "TenantsPage.h"
#include "tenants/TenantTableModel.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

FirstPageQuit::FirstPageQuit(MainWindow *window, QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceMain(sinceMain)
{
    TenantsPage *page = window->tenantsPage();
    if (!page) {
        // Queued: exit() before exec() would be forgotten.
        QTimer::singleShot(0, this, [this]() {
            finish(4, QStringLiteral("there is no Tenants page for this administrator"));
        });
        return;
    }
    ud::TenantTableModel *model = page->model();
    // Rows counted before their page has loaded are not "rows shown": wait
    // until the first row's data is there.
    connect(model, &QAbstractItemModel::rowsInserted, this, &FirstPageQuit::check);
    connect(model, &QAbstractItemModel::dataChanged, this, &FirstPageQuit::check);
    connect(model, &QAbstractItemModel::modelReset, this, &FirstPageQuit::check);
    connect(model, &ud::TenantTableModel::loadFailed, this,
            [this](const QString &message) { finish(5, message); });
    QTimer::singleShot(0, this, &FirstPageQuit::check);
}

void FirstPageQuit::check()
{
    if (m_done || !m_window->isVisible())
        return;
    ud::TenantTableModel *model = m_window->tenantsPage()->model();
    if (model->rowCount() == 0 || !model->tenantAt(0))
        return;
    const qint64 elapsed = m_sinceMain.elapsed();
    const int rows = model->rowCount();
    m_done = true;
    // After the view has had its turn to paint the rows.
    QTimer::singleShot(0, this, [this, elapsed, rows]() {
        std::printf("first page: %lld ms, %d rows\n", static_cast<long long>(elapsed), rows);
        std::fflush(stdout);
        finish(0, QString());
    });
}

void FirstPageQuit::finish(int exitCode, const QString &message)
{
    m_done = true;
    if (!message.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(message));
    QCoreApplication::exit(exitCode);
}
