#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

// Writes `content` to `name` in `dir` (replacing it) and returns the path;
// a test cannot go on without its input, so a failure is fatal.
QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
