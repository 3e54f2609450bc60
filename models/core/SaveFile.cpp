#include "core/SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ud {

Error saveFileError(const QString &path, const QString &why)
{
    return Error::storage(QCoreApplication::translate("ud::SaveFile", "cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(path), why));
}

Status commitSaveFile(QSaveFile &file)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return saveFileError(file.fileName(), why);
    }
    if (!file.commit())
        return saveFileError(file.fileName(), file.errorString());
    return {};
}

Error cancelSaveFile(QSaveFile &file, const Error &failure)
{
    const bool fileFailed =
        failure.kind == ErrorKind::Storage && file.error() != QFileDevice::NoError;
    const QString why = file.errorString();
    file.cancelWriting();
    return fileFailed ? saveFileError(file.fileName(), why) : failure;
}

} // namespace ud
