#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ud {

// One file of an archive: the name wanted for it inside the zip (made safe
// and unique by ReportArchive) and what writes its bytes. The writer gets a
// device to write to and returns its own failure, if any; it must not keep the
// device.
struct ReportArchiveEntry
{
    QString name;
    std::function<Status(QIODevice &)> write;

    static ReportArchiveEntry fromBytes(const QString &name, const QByteArray &bytes);
};

// What was stored for one entry: its name inside the zip, its size and its
// SHA-256 (lower-case hex), the line the manifest has for it.
struct ReportArchiveFile
{
    QString name;
    qint64 size = 0;
    QByteArray sha256Hex;
};

// Several reports in one .zip (product.md, Reports: Export archive), written
// with QuaZip: each entry under a safe, unique UTF-8 name, then a last entry
// MANIFEST.sha256 with one "<sha256 hex>  <name>\n" line per entry, exactly
// as sha256sum writes it, so that `sha256sum -c MANIFEST.sha256` passes in the
// folder the zip was extracted to. Layout and naming rules:
// docs/reports-archive-compare.md.
//
// The zip is written through QSaveFile: the file at `path` is the complete
// archive or, after a failure or a cancel, exactly what it was before (absent,
// or the old file), with no temporary file left beside it. Whoever calls this
// has already checked the actor may export the reports (export_reports:view).
class ReportArchive
{
public:
    static constexpr QStringView kManifestName = u"MANIFEST.sha256";

    // Called after each entry: entries done (the manifest not counted) of total.
    using Progress = std::function<void(int done, int total)>;

    // BadInput for no entries or an empty path, Cancelled when `cancel` was
    // set (checked between entries and on every write of an entry), Storage
    // when the file cannot be written, or the entry's writer's own error.
    static Result<QList<ReportArchiveFile>> write(const QString &path,
                                                  const QList<ReportArchiveEntry> &entries,
                                                  const CancellationFlag *cancel = nullptr,
                                                  const Progress &progress = {});

    // A name that is safe as a file name on Linux, macOS and Windows: no path
    // separators or characters Windows refuses, no control characters, no
    // "..", no leading or trailing dots and spaces, at most 200 UTF-8 bytes,
    // NFC; "report" when nothing is left.
    static QString safeName(const QString &wanted);
    // safeName() of each, then made unique, ignoring case (a case-insensitive
    // file system would merge "A.csv" and "a.csv"): later duplicates get
    // " (2)", " (3)"... before the extension. The manifest's name is taken.
    static QStringList uniqueNames(const QStringList &wanted);
};

} // namespace ud
