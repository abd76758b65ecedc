// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "optout/ConfigTextEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Plans setting one top-level key of a JSON config file (spec §3.1: Directus `require`s it, i.e. JSON.parse)
// by editing its text, so indentation, key order and the other values stay byte-identical. An existing
// value is replaced (a string stays a string: "true" becomes "false"; anything else becomes the literal);
// a key written more than once is changed everywhere, as JSON.parse takes the last. An absent key is added
// after the last member, copying that member's indentation and `": "` spacing (the previous member gains
// the comma JSON requires). Not supported: text that is not a JSON object (the plan fails and says why).
class JsonConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(JsonConfigEditor)

public:
    // value: a JSON literal for the new value ("false" or "true").
    static ConfigTextEdit setValue(const QByteArray &content, const QString &key, const QByteArray &value);
};
