// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "SecureBytes.h"

#include <QString>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <stdexcept>

namespace gs {

SecureBytes::SecureBytes(std::size_t size) : m_bytes(size, 0) { }

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size) : m_bytes(data, data + size) { }

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out(reinterpret_cast<const unsigned char*>(source.constData()), std::size_t(source.size()));
    secureWipe(source);
    return out;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size > 0 && RAND_bytes(out.data(), int(size)) != 1)
        throw std::runtime_error("RAND_bytes failed"); // no entropy: nothing safe can continue
    return out;
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        out.m_bytes[2 * i] = static_cast<unsigned char>(digits[m_bytes[i] >> 4]);
        out.m_bytes[2 * i + 1] = static_cast<unsigned char>(digits[m_bytes[i] & 0x0f]);
    }
    return out;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return size() == other.size() && CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    }
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty()) {
        text.detach();
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace gs
