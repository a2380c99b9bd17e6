// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace gs {

/// Key material that is wiped (OPENSSL_cleanse) when it goes away. Move-only, so a key has one owner
/// and no stray copies linger in freed memory.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    /// Copies a QByteArray and wipes the source, which the caller then should drop.
    static SecureBytes takeFrom(QByteArray& source);
    static SecureBytes random(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    SecureBytes clone() const { return SecureBytes(data(), size()); }
    void clear();

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    /// Lower-case hex in a wiping container (for PRAGMA key).
    SecureBytes toHex() const;
    bool operator==(const SecureBytes& other) const;

private:
    std::vector<unsigned char> m_bytes;
};

/// Wipes a QByteArray's or QString's buffer in place (for passwords that arrived as Qt strings).
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

} // namespace gs
