// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsValue.h"

#include <QByteArray>
#include <QString>

// Reads a YAML config file the way js-yaml's load() does for Directus: the YAML 1.2 core schema, so only
// true/false (any case form js-yaml knows) are booleans and `no`/`yes` stay strings; ~ and null are null;
// decimal, 0x and 0o integers and floats (.inf, .nan) are numbers; quoted scalars are always strings.
// yaml-cpp does the parsing; this class only decides scalar types and keeps mapping order.
class YamlConfigReader
{
public:
    struct Result
    {
        bool ok = false;
        JsValue value;
        QString error; // with line and column when yaml-cpp gives them
    };

    static Result parse(const QByteArray &content);
};
