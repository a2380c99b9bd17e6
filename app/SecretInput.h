// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

namespace gs::cli {

/// Reads secrets (passwords, recovery codes) one line each from standard input. On a terminal it prompts
/// on stderr with echo off; from a pipe it reads silently, so scripts can feed passwords.
class SecretInput
{
public:
    /// Empty optional-like result: ok=false at end of input.
    bool read(const QString& prompt, QString* secret);
};

} // namespace gs::cli
