// libFuzzer target: the incremental SMTP reply parser (SmtpReply).
//
// The first input byte picks a chunk size of 1 to 32 bytes; the rest is what
// the server sent. Property: fed in chunks or all at once, the parser yields
// the same replies and fails (or not) the same way; every reply has a code
// of 200-599 and at least one line no longer than the limit.

#include "FuzzCheck.h"
#include "mail/SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

namespace {

struct Outcome
{
    QList<int> codes;
    QList<QList<QByteArray>> lines;
    bool failed = false;
    qsizetype pending = 0;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

void drain(ud::SmtpReply &parser, Outcome &outcome)
{
    while (const auto reply = parser.takeReply()) {
        FUZZ_CHECK(reply->code >= 200 && reply->code <= 599);
        FUZZ_CHECK(!reply->lines.isEmpty());
        for (const QByteArray &line : reply->lines)
            FUZZ_CHECK(line.size() <= ud::SmtpReply::MaxLineLength);
        (void)reply->text();
        outcome.codes.append(reply->code);
        outcome.lines.append(reply->lines);
    }
}

Outcome feedInChunks(QByteArrayView bytes, qsizetype chunk)
{
    ud::SmtpReply parser;
    Outcome outcome;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        parser.feed(bytes.sliced(at, qMin(chunk, bytes.size() - at)));
        drain(parser, outcome);
    }
    outcome.failed = parser.failed();
    FUZZ_CHECK(outcome.failed == !parser.errorString().isEmpty());
    outcome.pending = parser.pendingBytes();
    parser.clear();
    FUZZ_CHECK(!parser.hasReply() && parser.pendingBytes() == 0);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 32;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome chunked = feedInChunks(bytes, chunk);
    const Outcome whole = feedInChunks(bytes, qMax<qsizetype>(bytes.size(), 1));
    FUZZ_CHECK(chunked == whole);
    return 0;
}
