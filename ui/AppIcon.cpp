#include "AppIcon.h"

#include <QDir>
#include <QFileInfo>

namespace AppIcon {

QIcon fromFolder(const QString &folder)
{
    QIcon icon;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        icon.addFile(file.filePath());
    return icon;
}

} // namespace AppIcon
