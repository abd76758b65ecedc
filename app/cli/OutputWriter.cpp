// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputWriter.h"

#include <QSaveFile>

#include <cstdio>

void OutputWriter::printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void OutputWriter::printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(tr("error: %1").arg(message)));
}

void OutputWriter::printWarning(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(tr("warning: %1").arg(message)));
}

void OutputWriter::printProgress(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

bool OutputWriter::writeFile(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
