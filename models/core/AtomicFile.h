// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace gs {

/// Replaces `path` with `data` so that a crash leaves either the old or the new file, never a mix:
/// write a temporary file beside it, fsync, rename over, fsync the folder. Mode 0600.
Status writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace gs
