// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServerProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

TestServerProcess::TestServerProcess(const QString &runAsUser)
{
    if (::geteuid() != 0 || runAsUser.isEmpty())
        return;
    if (const passwd *account = ::getpwnam(runAsUser.toLocal8Bit().constData())) {
        m_uid = static_cast<int>(account->pw_uid);
        m_gid = static_cast<int>(account->pw_gid);
    }
}

void TestServerProcess::prepare(QProcess &process, bool dieWithParent) const
{
    const int uid = m_uid;
    const int gid = m_gid;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([uid, gid, dieWithParent]() {
        if (uid >= 0) {
            ::setgroups(0, nullptr);
            if (::setgid(static_cast<gid_t>(gid)) != 0 || ::setuid(static_cast<uid_t>(uid)) != 0)
                ::_exit(126);
        }
        // After the credential change, which clears it.
        if (dieWithParent)
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

bool TestServerProcess::run(const QString &program, const QStringList &arguments, QString *output,
                            int timeoutMs, const QString &stdinFile) const
{
    QProcess process;
    prepare(process, true);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    const QString printed = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = printed;
    if (!finished) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("%1 timed out: %2").arg(program, printed);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestServerProcess::start(QProcess &process, const QString &program, const QStringList &arguments,
                              const QString &logFile) const
{
    prepare(process, true);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    process.start(program, arguments);
    return process.waitForStarted(10000);
}

void TestServerProcess::handOver(const QString &path) const
{
    if (m_uid < 0)
        return;
    ::chown(QFile::encodeName(path).constData(), static_cast<uid_t>(m_uid), static_cast<gid_t>(m_gid));
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray entry = QFile::encodeName(it.next());
        ::chown(entry.constData(), static_cast<uid_t>(m_uid), static_cast<gid_t>(m_gid));
    }
}

int TestServerProcess::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString TestServerProcess::findProgram(const QString &name, const QStringList &extraFolders)
{
    const QString inFolders = QStandardPaths::findExecutable(name, extraFolders);
    if (!inFolders.isEmpty())
        return inFolders;
    return QStandardPaths::findExecutable(name);
}
