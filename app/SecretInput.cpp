// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "SecretInput.h"

#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gs::cli {

bool SecretInput::read(const QString& prompt, QString* secret)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool gotAny = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        gotAny = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *secret = QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (!line.empty())
        OPENSSL_cleanse(line.data(), line.size());
    return gotAny;
}

} // namespace gs::cli
