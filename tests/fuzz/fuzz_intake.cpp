// SPDX-License-Identifier: GPL-3.0-or-later
// The review gate's HTTP request parser: any bytes, fed whole and fed in pieces whose sizes come from the
// input itself. Besides not crashing, both ways must agree (state, error status, request), and a complete
// request's body must have exactly its Content-Length.
#include "gate/IntakeRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Small limits so that every limit is within reach of short inputs.
    IntakeRequestParser::Limits limits;
    limits.maxHeadBytes = 512;
    limits.maxHeaderCount = 8;
    limits.maxBodyBytes = 256;
    const int step = 1 + data[0] % 7;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    IntakeRequestParser whole(limits);
    whole.feed(input);
    IntakeRequestParser pieces(limits);
    for (qsizetype at = 0; at < input.size(); at += step)
        pieces.feed(input.mid(at, step));

    if (whole.state() != pieces.state() || whole.errorStatus() != pieces.errorStatus())
        std::abort();
    if (whole.state() == IntakeRequestParser::State::Complete) {
        const IntakeRequestParser::Request &a = whole.request();
        const IntakeRequestParser::Request &b = pieces.request();
        if (a.method != b.method || a.target != b.target || a.body != b.body || a.headers != b.headers)
            std::abort();
        if (a.header("content-length").toLongLong() != a.body.size() || a.body.size() > limits.maxBodyBytes)
            std::abort();
        if (!a.target.startsWith('/'))
            std::abort();
    }
    if (whole.state() == IntakeRequestParser::State::Error
        && (whole.errorStatus() < 400 || whole.errorStatus() > 505 || whole.errorText().isEmpty()))
        std::abort();
    return 0;
}
