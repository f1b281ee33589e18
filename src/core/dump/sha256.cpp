// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

// The one-shot hash of a row goes through the low-level SHA256_* functions: OpenSSL 3 deprecates them in
// favour of EVP, whose provider lookups and allocations cost more than hashing a 100-byte row.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace Godwit::Dump {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new()) { reset(); }

Sha256::~Sha256() { EVP_MD_CTX_free(m_ctx); }

void Sha256::reset() { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

Sha256::Digest Sha256::result()
{
    Digest d{};
    unsigned int n = 0;
    EVP_DigestFinal_ex(m_ctx, d.data(), &n);
    reset();
    return d;
}

QByteArray Sha256::hexResult()
{
    const Digest d = result();
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size())).toHex();
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Digest d{};
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data.data(), size_t(data.size()));
    SHA256_Final(d.data(), &ctx);
    return d;
}

} // namespace Godwit::Dump
