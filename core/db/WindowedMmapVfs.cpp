// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowedMmapVfs.h"

#include <QUrl>

#include <algorithm>
#include <cstddef>
#include <mutex>
#include <sqlite3.h>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#define DTI_HAVE_MADVISE 1
#endif

namespace {

constexpr char kVfsName[] = "dti-windowed-mmap";

// What one main-database file has fetched from SQLite's map, window by window, most recently used last.
class FetchedWindows
{
public:
    void fetched(sqlite3_int64 offset, int amount, const void *page)
    {
        const sqlite3_int64 index = offset / WindowedMmapVfs::windowBytes;
        const sqlite3_int64 start = index * WindowedMmapVfs::windowBytes;
        const char *base = static_cast<const char *>(page) - (offset - start);
        auto it = find(index);
        if (it != m_windows.end() && it->base != base) {
            // The map moved without telling us (it should not): stop tracking what may no longer be ours.
            m_windows.clear();
            it = m_windows.end();
        }
        Window window = it != m_windows.end() ? *it : Window {index, base, 0, 0};
        if (it != m_windows.end())
            m_windows.erase(it);
        ++window.references;
        window.length = std::max(window.length, offset + amount - start);
        m_windows.push_back(window);
    }

    void released(sqlite3_int64 offset)
    {
        const auto it = find(offset / WindowedMmapVfs::windowBytes);
        if (it == m_windows.end() || it->references == 0)
            return;
        --it->references;
        trim();
    }

    // SQLite is about to unmap or remap the file: the addresses are no longer ours to touch.
    void forget() { m_windows.clear(); }

private:
    struct Window
    {
        sqlite3_int64 index;
        const char *base;
        sqlite3_int64 length; // bytes from the window's start that SQLite has fetched
        int references;
    };

    std::vector<Window>::iterator find(sqlite3_int64 index)
    {
        return std::find_if(m_windows.begin(), m_windows.end(),
                            [index](const Window &window) { return window.index == index; });
    }

    // Drops the least recently used unreferenced windows beyond the idle allowance from the page tables. The
    // map is read-only and shared with the file, so a later read of those pages faults them in again from the
    // page cache with the same bytes.
    void trim()
    {
        int idle = int(std::count_if(m_windows.begin(), m_windows.end(),
                                     [](const Window &window) { return window.references == 0; }));
        for (auto it = m_windows.begin(); idle > WindowedMmapVfs::idleWindows && it != m_windows.end();) {
            if (it->references != 0) {
                ++it;
                continue;
            }
#ifdef DTI_HAVE_MADVISE
            const sqlite3_int64 pageSize = sysconf(_SC_PAGESIZE);
            const sqlite3_int64 length = (it->length + pageSize - 1) / pageSize * pageSize;
            madvise(const_cast<char *>(it->base), size_t(length), MADV_DONTNEED);
#endif
            it = m_windows.erase(it);
            --idle;
        }
    }

    std::vector<Window> m_windows;
};

// The file object SQLite allocates (szOsFile bytes): ours first, the wrapped VFS's file after it.
struct WrappedFile
{
    sqlite3_file base;
    FetchedWindows *windows; // only for main databases; null for journals and WAL files
};
constexpr size_t kRealFileOffset = (sizeof(WrappedFile) + 15) / 16 * 16;

sqlite3_vfs *g_realVfs = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods[4]; // by the wrapped file's iVersion (1..3)

sqlite3_file *realFile(sqlite3_file *file)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + kRealFileOffset);
}

FetchedWindows *windowsOf(sqlite3_file *file)
{
    return reinterpret_cast<WrappedFile *>(file)->windows;
}

// Every I/O method passes through to the wrapped file; only close, fetch, unfetch and the mmap-size control
// look at the windows.
int fileClose(sqlite3_file *file)
{
    auto *wrapped = reinterpret_cast<WrappedFile *>(file);
    delete wrapped->windows; // the wrapped file unmaps everything as it closes
    wrapped->windows = nullptr;
    sqlite3_file *real = realFile(file);
    return real->pMethods->xClose(real);
}
int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}
int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}
int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (FetchedWindows *windows = windowsOf(file))
        windows->forget();
    sqlite3_file *real = realFile(file);
    return real->pMethods->xTruncate(real, size);
}
int fileSync(sqlite3_file *file, int flags)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSync(real, flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xFileSize(real, size);
}
int fileLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xLock(real, level);
}
int fileUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xUnlock(real, level);
}
int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xCheckReservedLock(real, result);
}
int fileControl(sqlite3_file *file, int op, void *argument)
{
    // Changing the map's size may remap the file (the unix VFS does when a map exists).
    if (op == SQLITE_FCNTL_MMAP_SIZE || op == SQLITE_FCNTL_SIZE_HINT) {
        if (FetchedWindows *windows = windowsOf(file))
            windows->forget();
    }
    sqlite3_file *real = realFile(file);
    const int rc = real->pMethods->xFileControl(real, op, argument);
    // Shims name themselves in front of what they wrap ("dti-windowed-mmap/unix"), as SQLite's own do.
    if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK) {
        char **vfsName = static_cast<char **>(argument);
        *vfsName = *vfsName ? sqlite3_mprintf("%s/%z", kVfsName, *vfsName) : sqlite3_mprintf("%s", kVfsName);
    }
    return rc;
}
int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xSectorSize(real);
}
int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xDeviceCharacteristics(real);
}
int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **address)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmMap(real, region, size, extend, address);
}
int fileShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmLock(real, offset, count, flags);
}
void fileShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realFile(file);
    real->pMethods->xShmBarrier(real);
}
int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realFile(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **page)
{
    sqlite3_file *real = realFile(file);
    const int rc = real->pMethods->xFetch(real, offset, amount, page);
    if (rc == SQLITE_OK && *page)
        if (FetchedWindows *windows = windowsOf(file))
            windows->fetched(offset, amount, *page);
    return rc;
}
int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    if (FetchedWindows *windows = windowsOf(file)) {
        if (page)
            windows->released(offset);
        else
            windows->forget(); // SQLite asks for the whole map to go (the file may have changed)
    }
    sqlite3_file *real = realFile(file);
    return real->pMethods->xUnfetch(real, offset, page);
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapped = reinterpret_cast<WrappedFile *>(file);
    wrapped->base.pMethods = nullptr;
    wrapped->windows = nullptr;
    sqlite3_file *real = realFile(file);
    const int rc = g_realVfs->xOpen(g_realVfs, name, real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open, so mirror the wrapped file.
    if (real->pMethods) {
        wrapped->base.pMethods = &g_methods[std::clamp(real->pMethods->iVersion, 1, 3)];
        if (rc == SQLITE_OK && (flags & SQLITE_OPEN_MAIN_DB))
            wrapped->windows = new FetchedWindows;
    }
    return rc;
}
int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return g_realVfs->xDelete(g_realVfs, name, syncDirectory);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return g_realVfs->xAccess(g_realVfs, name, flags, result);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_realVfs->xFullPathname(g_realVfs, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_realVfs->xDlOpen(g_realVfs, name);
}
void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    g_realVfs->xDlError(g_realVfs, size, message);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_realVfs->xDlSym(g_realVfs, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_realVfs->xDlClose(g_realVfs, handle);
}
int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_realVfs->xRandomness(g_realVfs, size, out);
}
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_realVfs->xSleep(g_realVfs, microseconds);
}
int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return g_realVfs->xCurrentTime(g_realVfs, now);
}
int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_realVfs->xGetLastError ? g_realVfs->xGetLastError(g_realVfs, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return g_realVfs->xCurrentTimeInt64(g_realVfs, now);
}

bool registerVfs()
{
#ifdef DTI_HAVE_MADVISE
    g_realVfs = sqlite3_vfs_find(nullptr);
    // Version 2 gives xCurrentTimeInt64, which the forwarders use; the map needs io methods version 3.
    if (!g_realVfs || g_realVfs->iVersion < 2)
        return false;
    for (int version = 1; version <= 3; ++version) {
        sqlite3_io_methods &methods = g_methods[version];
        methods = sqlite3_io_methods {};
        methods.iVersion = version;
        methods.xClose = fileClose;
        methods.xRead = fileRead;
        methods.xWrite = fileWrite;
        methods.xTruncate = fileTruncate;
        methods.xSync = fileSync;
        methods.xFileSize = fileSize;
        methods.xLock = fileLock;
        methods.xUnlock = fileUnlock;
        methods.xCheckReservedLock = fileCheckReservedLock;
        methods.xFileControl = fileControl;
        methods.xSectorSize = fileSectorSize;
        methods.xDeviceCharacteristics = fileDeviceCharacteristics;
        if (version >= 2) {
            methods.xShmMap = fileShmMap;
            methods.xShmLock = fileShmLock;
            methods.xShmBarrier = fileShmBarrier;
            methods.xShmUnmap = fileShmUnmap;
        }
        if (version >= 3) {
            methods.xFetch = fileFetch;
            methods.xUnfetch = fileUnfetch;
        }
    }
    g_vfs = sqlite3_vfs {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(kRealFileOffset) + g_realVfs->szOsFile;
    g_vfs.mxPathname = g_realVfs->mxPathname;
    g_vfs.zName = kVfsName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
#else
    return false;
#endif
}

} // namespace

bool WindowedMmapVfs::ensureRegistered()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] { registered = registerVfs(); });
    return registered;
}

const char *WindowedMmapVfs::name()
{
    return kVfsName;
}

QString WindowedMmapVfs::uriFor(const QString &path)
{
    // SQLite decodes %XX in URI paths; everything but the separators is encoded so that ?, # and % in a file
    // name stay part of it.
    return QStringLiteral("file:")
        + QString::fromLatin1(QUrl::toPercentEncoding(path, QByteArrayLiteral("/")))
        + QStringLiteral("?mode=ro&vfs=") + QLatin1String(kVfsName);
}

QString WindowedMmapVfs::enableStatement()
{
    // Any positive size turns SQLite's fetches on; it caps the value at its compile-time maximum (2 GB on
    // Debian), and pages past that are read the plain way.
    return QStringLiteral("pragma mmap_size = 2147418112");
}
