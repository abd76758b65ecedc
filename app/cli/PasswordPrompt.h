// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Asks for a password on the terminal without echoing it (--ask-password). When standard input is not a
// terminal (a pipe from a secret manager, a test), one line is read from it as it is, so scripts can feed
// the password without it appearing in the process list. Not supported: Windows consoles.
class PasswordPrompt
{
public:
    // Prints prompt to standard error; returns nothing when input ends before a line is read.
    static std::optional<QString> ask(const QString &prompt);
};
