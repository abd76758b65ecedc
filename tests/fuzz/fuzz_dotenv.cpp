// SPDX-License-Identifier: GPL-3.0-or-later
// The dotenv reader and Directus's type casting: any bytes a .env or --env-file can hold.
#include "config/DotenvParser.h"
#include "config/EnvCaster.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const DotenvParser::Entry &entry : DotenvParser::parse(content)) {
        QString error;
        EnvCaster::cast(JsValue(entry.value), entry.key, &error);
        EnvCaster::cast(JsValue(entry.value), QString(), &error);
    }
    return 0;
}
