// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader (config.json, payloads, exports) and writer: whatever parses must serialise, and the
// serialisation must parse back to the same bytes (the writer's output is what goes on the wire).
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonReader::Result parsed = JsonReader::parseUtf8(text);
    if (!parsed.ok)
        return 0;
    const QByteArray once = JsonWriter::stringify(parsed.value);
    const JsonReader::Result again = JsonReader::parseUtf8(once);
    if (!again.ok || JsonWriter::stringify(again.value) != once)
        std::abort(); // a round-trip failure is a bug, as much as a crash
    JsonWriter::stringifyPretty(parsed.value);
    return 0;
}
