// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

namespace gs {

/// Starts the desktop app: QApplication, translations, then the sign-in or first-run flow.
int runGui(int argc, char* argv[]);

} // namespace gs
