// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML config reader (yaml-cpp plus our core-schema typing), then casting of every top-level value.
#include "config/EnvCaster.h"
#include "config/YamlConfigReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const YamlConfigReader::Result parsed = YamlConfigReader::parse(content);
    if (!parsed.ok || !parsed.value.isObject())
        return 0;
    for (const auto &[key, value] : parsed.value.members()) {
        QString error;
        EnvCaster::cast(value, key, &error);
    }
    return 0;
}
