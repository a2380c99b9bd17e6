// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace gs {

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    auto fail = [&](const QString& why) {
        return makeError(Error::Code::Io,
            QCoreApplication::translate("gs::AtomicFile", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), why));
    };
    QSaveFile file(path); // temporary file + rename; commit() fsyncs the data before renaming
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    // The rename itself is durable only once the folder is synced.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return {};
}

} // namespace gs
