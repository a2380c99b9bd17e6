// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "crypto/Crypto.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace gs {

/// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread.
/// If `context` is destroyed first, `done` is never called and the result is dropped with the future.
/// Results travel in a shared_ptr because Result<std::unique_ptr<Session>> is move-only.
template <typename Work, typename Done>
void runAsync(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    auto* watcher = new QFutureWatcher<std::shared_ptr<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        std::shared_ptr<R> result = watcher->result();
        watcher->deleteLater();
        done(std::move(*result));
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = std::make_shared<R>(work());
        crypto::releaseThreadState(); // the pool thread idles on: drop OpenSSL's per-thread state of this job
        return result;
    }));
}

} // namespace gs
