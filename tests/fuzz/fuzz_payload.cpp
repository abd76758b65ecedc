// SPDX-License-Identifier: GPL-3.0-or-later
// The payload reader of `check --payload`: any bytes checked against the facts of the blog fixture.
#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"
#include "redaction/RedactionChecker.h"
#include "redaction/RedactionTextFormatter.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {
std::optional<InstanceFacts> blogFacts;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ProjectConfig::Options options;
    options.projectDir = QStringLiteral(DTI_TEST_DATA_DIR "/directus-12.4.1/blog-sqlite");
    QString error;
    const auto config = ProjectConfig::load(options, &error);
    if (!config)
        std::abort();
    const ReportEngine::FactsOutcome outcome = ReportEngine(*config).gatherFacts();
    if (!outcome.ok)
        std::abort();
    blogFacts = outcome.facts;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const RedactionVerdicts verdicts = RedactionChecker::check(payload, *blogFacts);
    RedactionTextFormatter::format(verdicts);
    return 0;
}
