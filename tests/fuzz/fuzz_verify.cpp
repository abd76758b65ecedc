// SPDX-License-Identifier: GPL-3.0-or-later
// `verify` reads compliance exports someone else may have made: any bytes must give a verdict, never a crash.
#include "export/ComplianceExportVerifier.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    const ComplianceExportVerifier::Result result = ComplianceExportVerifier::verify(document);
    // A passing verdict means every check ran and passed.
    if (result.ok && result.checks.isEmpty())
        std::abort();
    for (const ComplianceExportVerifier::Check &check : result.checks) {
        if (result.ok && !check.passed)
            std::abort();
    }
    return 0;
}
