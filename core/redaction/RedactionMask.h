// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How evidence shows a sensitive value without reprinting it: its first two characters, an ellipsis and its
// length ("fi… (41 characters)"). Values of up to 4 characters are shown as stars only.
class RedactionMask
{
public:
    static QString mask(const QString &value);
};
