// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "FaultyVfs.h"

#include <sqlite3.h>

#include <QMutex>

#include <atomic>
#include <cstring>

namespace gs::test {
namespace {

struct State
{
    QMutex mutex;
    FaultyVfs::Op op = FaultyVfs::Op::Write;
    int failAt = 0; // 0: disarmed
    bool sticky = false;
    int writes = 0;
    int syncs = 0;
    int injected = 0;
    QList<QByteArray> forbidden;
    int forbiddenHits = 0;
};

State& state()
{
    static State s;
    return s;
}

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

/// Our file: the real one lives in the bytes after it (szOsFile is the sum).
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<FaultyFile*>(f)->real;
}

/// Counts one operation; true if it must fail.
bool shouldFail(FaultyVfs::Op op)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    const int n = op == FaultyVfs::Op::Write ? ++s.writes : ++s.syncs;
    if (s.failAt == 0 || op != s.op)
        return false;
    if (n == s.failAt || (s.sticky && n > s.failAt)) {
        ++s.injected;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    {
        State& s = state();
        QMutexLocker lock(&s.mutex);
        if (!s.forbidden.isEmpty()) {
            const QByteArray view = QByteArray::fromRawData(static_cast<const char*>(buffer), amount);
            for (const QByteArray& needle : std::as_const(s.forbidden))
                s.forbiddenHits += view.contains(needle) ? 1 : 0;
        }
    }
    if (shouldFail(FaultyVfs::Op::Write))
        return SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail(FaultyVfs::Op::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

sqlite3_io_methods g_methods[4]; // by the real file's iVersion (1..3)

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultyFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(ours + 1);
    std::memset(ours->real, 0, size_t(g_real->szOsFile));
    ours->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    if (ours->real->pMethods) {
        const int version = std::min(3, std::max(1, ours->real->pMethods->iVersion));
        ours->base.pMethods = &g_methods[version];
    }
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void xDlError(sqlite3_vfs*, int n, char* out)
{
    g_real->xDlError(g_real, n, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}
int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int xSleep(sqlite3_vfs*, int us)
{
    return g_real->xSleep(g_real, us);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}
int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}
int xSetSystemCall(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr p)
{
    return g_real->xSetSystemCall(g_real, name, p);
}
sqlite3_syscall_ptr xGetSystemCall(sqlite3_vfs*, const char* name)
{
    return g_real->xGetSystemCall(g_real, name);
}
const char* xNextSystemCall(sqlite3_vfs*, const char* name)
{
    return g_real->xNextSystemCall(g_real, name);
}

} // namespace

void FaultyVfs::install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    for (int v = 1; v <= 3; ++v) {
        sqlite3_io_methods& m = g_methods[v];
        m = {};
        m.iVersion = v;
        m.xClose = xClose;
        m.xRead = xRead;
        m.xWrite = xWrite;
        m.xTruncate = xTruncate;
        m.xSync = xSync;
        m.xFileSize = xFileSize;
        m.xLock = xLock;
        m.xUnlock = xUnlock;
        m.xCheckReservedLock = xCheckReservedLock;
        m.xFileControl = xFileControl;
        m.xSectorSize = xSectorSize;
        m.xDeviceCharacteristics = xDeviceCharacteristics;
        if (v >= 2) {
            m.xShmMap = xShmMap;
            m.xShmLock = xShmLock;
            m.xShmBarrier = xShmBarrier;
            m.xShmUnmap = xShmUnmap;
        }
        if (v >= 3) {
            m.xFetch = xFetch;
            m.xUnfetch = xUnfetch;
        }
    }
    g_vfs = {};
    g_vfs.iVersion = std::min(3, g_real->iVersion);
    g_vfs.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "gs-faulty";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    g_vfs.xSetSystemCall = xSetSystemCall;
    g_vfs.xGetSystemCall = xGetSystemCall;
    g_vfs.xNextSystemCall = xNextSystemCall;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::failNth(Op op, int n, bool sticky)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.op = op;
    s.failAt = n;
    s.sticky = sticky;
    s.writes = s.syncs = s.injected = 0;
}

void FaultyVfs::disarm()
{
    failNth(Op::Write, 0, false);
}

int FaultyVfs::seen(Op op)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return op == Op::Write ? s.writes : s.syncs;
}

int FaultyVfs::injected()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.injected;
}

void FaultyVfs::setForbidden(const QList<QByteArray>& needles)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.forbidden = needles;
    s.forbiddenHits = 0;
}

int FaultyVfs::forbiddenHits()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.forbiddenHits;
}

} // namespace gs::test
