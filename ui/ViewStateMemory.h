#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QHeaderView;
class QSplitter;
class QTimer;
class QWidget;

// Remembers how the administrator left a view, in QSettings under a key per
// view: a table header's column order, widths, sort and hidden columns, a
// splitter's sizes, a window's geometry. The saved state is restored at once;
// changes are written shortly after they stop (dragging a column edge fires
// hundreds of them) and when the widget is hidden, which closing its window,
// leaving its page and quitting all do. Every view uses this one class, so
// every view keeps its state the same way.
class ViewStateMemory : public QObject
{
    Q_OBJECT

public:
    // Each returns true when a saved state was restored, so the caller can
    // choose its default sizes otherwise. The widget owns the memory. A header
    // must already have its model: the state describes its sections.
    static bool remember(QHeaderView *header, const QString &key);
    static bool remember(QSplitter *splitter, const QString &key);
    // Call before the window is first shown, so it opens where it was.
    static bool rememberGeometry(QWidget *window, const QString &key);

    // The memory attached to `widget` under `key`, or nullptr.
    static ViewStateMemory *of(QWidget *widget, const QString &key);
    // Writes a pending change now.
    void saveNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ViewStateMemory(QWidget *widget, const QString &key, std::function<QByteArray()> state);
    void changed();

    QPointer<QWidget> m_widget;
    QString m_key;
    std::function<QByteArray()> m_state;
    QTimer *m_delay = nullptr;
    bool m_geometry = false;
};
