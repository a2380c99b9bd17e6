// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

namespace gs {

/// The levels of a district's structure: district → street → community → grid. One enum for the structure
/// editor, the importers and the map; keys, labels, tables and parent columns are in structure/StructureTypes.h.
/// Administrative levels carry GB/T 2260 / GB/T 10114 codes (6, 9 and 12 digits, each starting with its
/// parent's code); grids carry the district's own codes. The order is the hierarchy's (used as an index).
enum class UnitLevel { District, Street, Community, Grid };

} // namespace gs
