#include "reports/ReportArchive.h"

#include "core/SaveFile.h"
#include "reports/ReportArchiveHashingDevice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ud::ReportArchive", text);
}

// Leaves room for " (n)" within the 255 bytes most file systems allow.
constexpr qsizetype kMaxNameBytes = 200;
// Only a short tail after the last dot is an extension ("2024.01 usage" has none).
constexpr qsizetype kMaxExtensionLength = 16;

bool refusedCharacter(char32_t c)
{
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        break;
    }
    // Control and format characters (a right-to-left override could make a
    // name read as another), line breaks, lone surrogates.
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool trimmable(QChar c)
{
    return c == u'.' || c.isSpace();
}

QString trimmed(QString text)
{
    qsizetype first = 0;
    while (first < text.size() && trimmable(text.at(first)))
        ++first;
    qsizetype last = text.size();
    while (last > first && trimmable(text.at(last - 1)))
        --last;
    return text.mid(first, last - first);
}

// {base, extension with its dot}; the extension is empty when there is none.
std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > kMaxExtensionLength + 1 || dot == name.size() - 1)
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

// Windows cannot create files with these base names, whatever the extension.
bool reservedOnWindows(const QString &name)
{
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name.section(u'.', 0, 0).trimmed()).hasMatch();
}

QString truncatedToBytes(const QString &text, qsizetype maxBytes)
{
    QString result = text;
    while (result.toUtf8().size() > maxBytes) {
        // Whole code points only: never half of a surrogate pair.
        const qsizetype cut =
            result.size() >= 2 && result.at(result.size() - 1).isLowSurrogate() ? 2 : 1;
        result.chop(cut);
    }
    return result;
}

QString foldedKey(const QString &name)
{
    return name.toCaseFolded();
}

Error storageError(const QString &path, const QString &reason)
{
    return Error::storage(
        QCoreApplication::translate("ud::ReportArchive", "cannot write the archive %1: %2")
            .arg(QDir::toNativeSeparators(path), reason));
}

Error cancelledError(const QString &path)
{
    return Error::cancelled(
        QCoreApplication::translate("ud::ReportArchive",
                                    "the archive %1 was cancelled; nothing was written")
            .arg(QDir::toNativeSeparators(path)));
}

// Writes one entry of the open zip through the hashing device; the entry's
// SHA-256 is that of the bytes the zip stores.
Result<ReportArchiveFile> writeEntry(QuaZip &zip, const QString &path, const QString &name,
                                     const std::function<Status(QIODevice &)> &writer,
                                     const CancellationFlag *cancel)
{
    QuaZipNewInfo info(name);
    // Without Unix permissions in the entry, unzip creates files nobody may read.
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, info))
        return storageError(
            path, QCoreApplication::translate("ud::ReportArchive", "cannot add %1 (zip error %2)")
                      .arg(name)
                      .arg(out.getZipError()));
    ReportArchiveHashingDevice tee(out, cancel);
    const Status written = writer(tee);
    out.close();
    if (tee.cancelled() || (cancel && cancel->isCancelled()))
        return cancelledError(path);
    if (tee.failed())
        return storageError(path,
                            QCoreApplication::translate("ud::ReportArchive", "cannot write %1: %2")
                                .arg(name, tee.errorString()));
    if (!written)
        return written.error();
    if (out.getZipError() != ZIP_OK)
        return storageError(path, QCoreApplication::translate("ud::ReportArchive",
                                                              "cannot finish %1 (zip error %2)")
                                      .arg(name)
                                      .arg(out.getZipError()));
    return ReportArchiveFile{name, tee.bytesWritten(), tee.sha256Hex()};
}

} // namespace

ReportArchiveEntry ReportArchiveEntry::fromBytes(const QString &name, const QByteArray &bytes)
{
    return {name, [bytes](QIODevice &device) -> Status {
                if (device.write(bytes) != bytes.size())
                    return Error::storage(device.errorString());
                return {};
            }};
}

QString ReportArchive::safeName(const QString &wanted)
{
    QString name;
    const QList<uint> codePoints = wanted.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint c : codePoints) {
        if (refusedCharacter(char32_t(c)))
            name += u'_';
        else
            name += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    static const QRegularExpression dots(u"\\.{2,}"_s);
    name.replace(dots, u"."_s);
    name = trimmed(name);
    if (name.isEmpty())
        name = u"report"_s;
    if (reservedOnWindows(name))
        name.prepend(u'_');
    if (name.toUtf8().size() > kMaxNameBytes) {
        auto [base, extension] = splitExtension(name);
        base = trimmed(truncatedToBytes(base, kMaxNameBytes - extension.toUtf8().size()));
        name = (base.isEmpty() ? u"report"_s : base) + extension;
    }
    return name;
}

QStringList ReportArchive::uniqueNames(const QStringList &wanted)
{
    QSet<QString> taken{foldedKey(kManifestName.toString())};
    QStringList names;
    names.reserve(wanted.size());
    for (const QString &one : wanted) {
        QString name = safeName(one);
        if (taken.contains(foldedKey(name))) {
            const auto [base, extension] = splitExtension(name);
            for (int n = 2;; ++n) {
                name = u"%1 (%2)%3"_s.arg(base).arg(n).arg(extension);
                if (!taken.contains(foldedKey(name)))
                    break;
            }
        }
        taken.insert(foldedKey(name));
        names << name;
    }
    return names;
}

Result<QList<ReportArchiveFile>> ReportArchive::write(const QString &path,
                                                      const QList<ReportArchiveEntry> &entries,
                                                      const CancellationFlag *cancel,
                                                      const Progress &progress)
{
    if (path.isEmpty())
        return Error::badInput(tr("no file name was given for the archive"));
    if (entries.isEmpty())
        return Error::badInput(tr("there are no reports to put in the archive"));
    QStringList wanted;
    for (const ReportArchiveEntry &entry : entries) {
        if (!entry.write)
            return Error::badInput(tr("the archive entry %1 has no content").arg(entry.name));
        wanted << entry.name;
    }
    const QStringList names = uniqueNames(wanted);
    if (cancel && cancel->isCancelled())
        return cancelledError(path);

    // Declared before the zip, so the zip is closed first. Nothing reaches
    // `path` without commit(): on every early return the temporary file is
    // removed and an existing file stays as it was (pitfalls.md: no direct
    // write fallback).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return storageError(path, file.errorString());
    QuaZip zip(&file);
    // QuaZip would commit the QSaveFile on close: only this function may.
    zip.setAutoClose(false);
    // General purpose bit 11: names are UTF-8, so unzip and Windows show them right.
    zip.setUtf8Enabled(true);
    // Zip64 records: an entry or an archive past 4 GiB stays valid. unzip 6,
    // Python's zipfile, Windows and macOS read them (tst_reportarchive checks two).
    zip.setZip64Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return storageError(path, tr("cannot start the zip (error %1)").arg(zip.getZipError()));

    QList<ReportArchiveFile> files;
    QByteArray manifest;
    const int total = static_cast<int>(entries.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->isCancelled())
            return cancelledError(path);
        auto stored = writeEntry(zip, path, names.at(i), entries.at(i).write, cancel);
        if (!stored)
            return stored.error();
        // sha256sum's own format: hash, two spaces (text mode), the name. Safe
        // names have no backslash or line break, which it would escape.
        manifest += stored->sha256Hex + "  " + stored->name.toUtf8() + '\n';
        files << *stored;
        if (progress)
            progress(i + 1, total);
    }
    if (cancel && cancel->isCancelled())
        return cancelledError(path);
    auto stored = writeEntry(zip, path, kManifestName.toString(),
                             ReportArchiveEntry::fromBytes(QString(), manifest).write, cancel);
    if (!stored)
        return stored.error();
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return storageError(path, tr("cannot finish the zip (error %1)").arg(zip.getZipError()));
    if (cancel && cancel->isCancelled())
        return cancelledError(path);
    if (const Status committed = commitSaveFile(file); !committed)
        return committed.error();
    return files;
}

} // namespace ud
