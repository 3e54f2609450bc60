#include "ViewStateMemory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace {

// Long enough that a drag writes the settings file once, short enough that a
// crash right after a change rarely loses it.
constexpr int kSaveDelayMs = 400;

QByteArray savedState(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

} // namespace

ViewStateMemory::ViewStateMemory(QWidget *widget, const QString &key,
                                 std::function<QByteArray()> state)
    : QObject(widget)
    , m_widget(widget)
    , m_key(key)
    , m_state(std::move(state))
{
    setObjectName(key);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSaveDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ViewStateMemory::saveNow);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_delay->isActive())
            saveNow();
    });
    widget->installEventFilter(this);
}

bool ViewStateMemory::remember(QHeaderView *header, const QString &key)
{
    const bool restored = header->restoreState(savedState(key));
    auto *memory = new ViewStateMemory(header, key, [header] { return header->saveState(); });
    connect(header, &QHeaderView::sectionResized, memory, &ViewStateMemory::changed);
    connect(header, &QHeaderView::sectionMoved, memory, &ViewStateMemory::changed);
    connect(header, &QHeaderView::sortIndicatorChanged, memory, &ViewStateMemory::changed);
    return restored;
}

bool ViewStateMemory::remember(QSplitter *splitter, const QString &key)
{
    const bool restored = splitter->restoreState(savedState(key));
    auto *memory = new ViewStateMemory(splitter, key, [splitter] { return splitter->saveState(); });
    connect(splitter, &QSplitter::splitterMoved, memory, &ViewStateMemory::changed);
    return restored;
}

bool ViewStateMemory::rememberGeometry(QWidget *window, const QString &key)
{
    const bool restored = window->restoreGeometry(savedState(key));
    auto *memory = new ViewStateMemory(window, key, [window] { return window->saveGeometry(); });
    memory->m_geometry = true;
    return restored;
}

ViewStateMemory *ViewStateMemory::of(QWidget *widget, const QString &key)
{
    return widget->findChild<ViewStateMemory *>(key, Qt::FindDirectChildrenOnly);
}

void ViewStateMemory::changed()
{
    m_delay->start();
}

void ViewStateMemory::saveNow()
{
    m_delay->stop();
    if (m_widget)
        QSettings().setValue(m_key, m_state());
}

bool ViewStateMemory::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget) {
        switch (event->type()) {
        case QEvent::Hide:
        case QEvent::Close:
            // Also catches changes made without a signal (QSplitter::setSizes).
            saveNow();
            break;
        case QEvent::Move:
        case QEvent::Resize:
            if (m_geometry && m_widget->isVisible())
                changed();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
