#pragma once

#include <QIcon>
#include <QString>

namespace AppIcon {

// The application icon from every PNG size in `folder` (":/icons" in the
// application). Each size is a file of its own, so a high-DPI screen gets the
// 2x file (64 px for a 32 px icon at scale 2) instead of a blurred upscale.
QIcon fromFolder(const QString &folder);

} // namespace AppIcon
