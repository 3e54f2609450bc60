// libFuzzer target: the streaming CSV reader of the imports (CsvReader).
//
// The first input byte picks a block size of 1 to 64 bytes, so records,
// quotes, CR LF pairs and the BOM fall across block boundaries. The rest is
// the file. Property: the reader sees exactly the same records, problems and
// line numbers with the small block as with one block holding the whole file.

#include "FuzzCheck.h"
#include "importing/CsvReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

namespace {

struct Outcome
{
    ud::CsvReader::Next next;
    qint64 line;
    QList<QByteArray> fields;
    QString problem;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

QList<Outcome> readAll(const QByteArray &file, qsizetype blockSize)
{
    QByteArray copy = file;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    ud::CsvReader reader(device, blockSize);
    QList<Outcome> outcomes;
    qint64 previousLine = 0;
    for (;;) {
        const ud::CsvReader::Next next = reader.next();
        Outcome outcome{next, reader.line(), {}, {}};
        if (next == ud::CsvReader::Next::End)
            break;
        FUZZ_CHECK(next != ud::CsvReader::Next::Failed); // a QBuffer never fails
        if (next == ud::CsvReader::Next::Record) {
            FUZZ_CHECK(reader.fieldCount() >= 1);
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                outcome.fields.append(reader.field(i).toByteArray());
            (void)reader.text(0);
        } else {
            FUZZ_CHECK(!reader.problem().isEmpty());
            outcome.problem = reader.problem();
        }
        // Records come in file order and never before line 1.
        FUZZ_CHECK(outcome.line >= 1 && outcome.line >= previousLine);
        previousLine = outcome.line;
        FUZZ_CHECK(reader.bytesRead() <= file.size());
        outcomes.append(std::move(outcome));
    }
    FUZZ_CHECK(reader.bytesRead() == file.size());
    return outcomes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype blockSize = 1 + data[0] % 64;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<Outcome> small = readAll(file, blockSize);
    const QList<Outcome> whole = readAll(file, qMax<qsizetype>(file.size(), 1));
    FUZZ_CHECK(small == whole);
    (void)ud::isValidUtf8(file);
    return 0;
}
