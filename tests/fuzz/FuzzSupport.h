// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace gs::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Raw UTF-16 code units, lone surrogates and noncharacters included: what a QString can hold.
inline QString utf16(const uint8_t* data, size_t size)
{
    QString s(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        s[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return s;
}

/// An oracle failed: libFuzzer records the input as a crash.
[[noreturn]] inline void violated(const char* what)
{
    std::fprintf(stderr, "fuzz oracle violated: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char* what)
{
    if (!condition)
        violated(what);
}

} // namespace gs::fuzz
