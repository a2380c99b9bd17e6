// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QString>

#include <functional>

namespace gs {

/// Hybrid logical clock. Stamps are text that sorts in causal order across nodes:
/// "<12 hex digits of ms>-<4 hex digits counter>-<node>". Used for updated_at and last-writer-wins merges.
class Hlc
{
public:
    using WallClock = std::function<qint64()>;
    explicit Hlc(QString node, WallClock wallClock = {});

    /// A stamp for a local event; strictly greater than every stamp issued or observed before.
    QString now();
    /// Moves the clock past a stamp received from elsewhere (or read back from the database).
    void observe(const QString& stamp);

    struct Parts
    {
        qint64 millis = 0;
        int counter = 0;
        QString node;
    };
    static bool parse(const QString& stamp, Parts* parts);
    static QString format(const Parts& parts);

private:
    QString m_node;
    WallClock m_wall;
    qint64 m_millis = 0;
    int m_counter = 0;
};

} // namespace gs
