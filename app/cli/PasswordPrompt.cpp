// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordPrompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

std::optional<QString> PasswordPrompt::ask(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL; // the newline the user types still moves the cursor on
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool gotLine = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotLine = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    else
        std::fputc('\n', stderr);
    if (!gotLine)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
}
