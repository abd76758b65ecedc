// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An SQLite VFS that lets the inspector's read-only connections read the database through SQLite's own
// memory map while keeping the process's resident memory bounded. By default SQLite reads every page with
// pread(), which copies it: for COUNT(*) over millions of rows that copy is most of the time. With a memory
// map, SQLite reads pages in place, but every page it touched stays resident until the connection closes, so
// a count over a 2 GB file would make the process 2 GB large. This VFS wraps the platform's default one,
// passes everything through, and watches the pages SQLite fetches from the map: the file is cut into windows,
// and once a window is no longer referenced and has left a short most-recently-used list, its pages are
// dropped from the process's page tables (madvise MADV_DONTNEED; the kernel's page cache keeps them). Nothing
// is ever written. Unix only; elsewhere, or if registration fails, connections open the file the plain way.
class WindowedMmapVfs
{
public:
    // Registers the VFS once per process (thread-safe). False when it cannot be used here.
    static bool ensureRegistered();
    // The name for the "vfs=" URI parameter.
    static const char *name();
    // The SQLite URI that opens path read-only through this VFS.
    static QString uriFor(const QString &path);
    // The statement that turns SQLite's memory-mapped reads on for a connection (run after opening).
    static QString enableStatement();

    // Sizing: a window is this many bytes of the file; this many unreferenced windows stay mapped.
    static constexpr long long windowBytes = 1024 * 1024;
    static constexpr int idleWindows = 4;
};
