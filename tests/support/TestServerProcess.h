// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the helper programs of a throwaway database server for tests: as the current user, or, when the
// tests run as root (CI, the README's command), as an unprivileged system user, because PostgreSQL refuses
// to run as root. Long-running servers get PR_SET_PDEATHSIG, so a crashed test never leaves one behind.
class TestServerProcess
{
public:
    // runAsUser: the account to drop to when running as root; empty to stay root (MariaDB can run as root).
    explicit TestServerProcess(const QString &runAsUser = QString());

    // Runs a program to completion; returns false and fills *output with what it printed on failure.
    bool run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 120000,
             const QString &stdinFile = QString()) const;
    // Starts a server in the background, its output appended to logFile; it dies with the test process.
    bool start(QProcess &process, const QString &program, const QStringList &arguments,
               const QString &logFile) const;
    // Gives the folder (and everything in it) to the run-as user, when there is one.
    void handOver(const QString &path) const;
    bool dropsPrivileges() const { return m_uid >= 0; }

    // A TCP port on 127.0.0.1 that nothing listens on right now.
    static int freePort();
    // The first of these programs found in PATH or the given extra folders.
    static QString findProgram(const QString &name, const QStringList &extraFolders = {});

private:
    void prepare(QProcess &process, bool dieWithParent) const;

    int m_uid = -1;
    int m_gid = -1;
};
