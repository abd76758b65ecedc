// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optout/ConfigTextEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Plans setting one key in a dotenv file (.env, or any CONFIG_PATH Directus reads with dotenv, spec §3.2)
// by changing only the value's bytes. Bindings are found with dotenv's own grammar (DotenvParser), so a
// `TELEMETRY=` inside another key's multi-line quoted value is not mistaken for one. The value keeps its
// quotes (`"true"` becomes `"false"`); `export`, comments, spacing and line endings stay. A key written more
// than once is changed everywhere: Directus takes the last one, and leaving an earlier line with the old
// value would mislead whoever reads the file. An absent key is appended as `KEY=value` (at the top instead
// when the last line would take it as its value, as `KEY:` does). Every plan is re-read with DotenvParser:
// one that would change another value fails rather than being returned. Not supported: files
// that are not valid UTF-8 (byte offsets could not be kept exact; the plan fails and says so).
class DotenvEditor
{
    Q_DECLARE_TR_FUNCTIONS(DotenvEditor)

public:
    // value: the new value as plain text that needs no quoting (e.g. "false").
    static ConfigTextEdit setValue(const QByteArray &content, const QString &key, const QByteArray &value);
};
