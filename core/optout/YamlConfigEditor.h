// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optout/ConfigTextEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Plans setting one top-level key of a YAML config file (.yaml/.yml, spec §3.1) by editing its text, so
// comments, anchors elsewhere, indentation and order stay byte-identical. It understands the usual shape of
// such a file, a block mapping with one `KEY: value` per line at column 0: a plain value is replaced, a
// quoted one keeps its quotes, a trailing `# comment` stays; an absent key is appended as `KEY: value` (or,
// when the file ends inside a nested or block value without a final newline, put before the first key, so
// that value does not gain a line break).
// Not supported (the plan fails and says to edit by hand): a flow mapping (`{…}`) or sequence at the top
// level, and a value for the key written as a block scalar, over several lines, or with an anchor, alias or
// tag. TelemetrySwitch re-reads the result with the real YAML reader before anything is written.
class YamlConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(YamlConfigEditor)

public:
    // value: a plain YAML scalar for the new value ("false" or "true").
    static ConfigTextEdit setValue(const QByteArray &content, const QString &key, const QByteArray &value);
};
