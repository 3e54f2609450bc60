#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QString>

class QSaveFile;

namespace ud {

// The one way a QSaveFile is committed. Qt 6.4's QSaveFile::commit() only
// remembers write errors raised inside write(); when flushing the last
// buffered bytes fails (a full disk), commit() still renames the truncated
// temporary file over the target and returns true. This flushes first and,
// on any error, cancels instead: the target is then absent or left as it was.
// The error names the file.
Status commitSaveFile(QSaveFile &file);

// Cancels `file` and returns the error to report for work that failed while
// writing it: when the file itself failed (its error is set), an error that
// names the file and says why; otherwise `failure` unchanged.
Error cancelSaveFile(QSaveFile &file, const Error &failure);

// "cannot write PATH: WHY".
Error saveFileError(const QString &path, const QString &why);

} // namespace ud
