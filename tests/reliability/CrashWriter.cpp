// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The child of tst_CrashRecovery: files leads through the real LeadRepository as fast as it can and prints
// each lead's id on its own line once save() (and so COMMIT) has returned. Every tenth lead it also
// rewrites its own key slot (new salt, same password), so a kill can land inside the key file's atomic
// replace too. It never stops by itself: the parent kills it with SIGKILL.
//
// Usage: gs_crash_writer DB USER PASSWORD SEED
#include "ReliabilitySupport.h"
#include "leads/LeadRepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace gs;

namespace {

/// One write(2) per line: what reached the pipe is a whole line or nothing the parent counts.
void printLine(const QByteArray& line)
{
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            ::_exit(4);
        done += n;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: gs_crash_writer DB USER PASSWORD SEED\n");
        return 2;
    }
    const QString user = args[2], password = args[3];
    QRandomGenerator rng(args[4].toUInt());
    auto session = Vault::unlock(args[1], user, password);
    if (!session) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(session.error().message));
        return 3;
    }
    printLine("unlocked");
    LeadRepository repository(**session);
    for (int n = 1;; ++n) {
        auto saved = repository.save(
            reliability::randomLead(rng, QStringLiteral("%1-%2").arg(args[4]).arg(n)), LeadRepository::Intent::Submit);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 3;
        }
        printLine(saved->id.toLatin1());
        if (n % 10 == 0) {
            const Status rekeyed = (*session)->updateKeyRing([&](KeyRing& ring, const SecureBytes& key) {
                return ring.setUserSlot(user, password, key, crypto::ScryptParams { 10, 8, 1 });
            });
            if (!rekeyed) {
                std::fprintf(stderr, "key slot not rewritten: %s\n", qPrintable(rekeyed.error().message));
                return 3;
            }
            printLine("rekeyed");
        }
    }
}
