// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Where CLI output goes: the payload to stdout (byte-exact), messages to stderr, files written atomically so
// a failed write never leaves half a file behind.
class OutputWriter
{
    Q_DECLARE_TR_FUNCTIONS(OutputWriter)

public:
    static void printOut(const QByteArray &bytes);
    static void printError(const QString &message); // "error: …"
    static void printWarning(const QString &message); // "warning: …"
    static void printProgress(const QString &message); // as it is, flushed at once
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *errorMessage);
};
