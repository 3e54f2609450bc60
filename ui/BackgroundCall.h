#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

// Runs `work` on a thread of its own and then `done` with its result on the
// thread of `receiver` (the GUI), unless the receiver is gone by then. For
// short model calls that must not freeze the window (a PBKDF2 hash takes a
// noticeable fraction of a second). `work` must open its own database
// connection: connections belong to the thread that opened them.
//
// Returns the thread, which deletes itself when finished; a receiver that
// may be destroyed first waits for it (see waitFor).
template<typename T>
QThread *runInBackground(QObject *receiver, std::function<T()> work,
                         std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread =
        QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, receiver,
                     [result, done = std::move(done)] { done(**result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

// For a receiver's destructor: lets a call in flight finish (they take at
// most about a second) so `done` never runs on a destroyed object.
inline void waitFor(QPointer<QThread> &thread)
{
    if (thread) {
        thread->disconnect();
        thread->wait();
        delete thread;
    }
}
