// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where it has them: the dump
// code hashes every row (content checksums) and every byte (chunk checksums), where QCryptographicHash's
// portable implementation was most of an export's time. Same digests, only faster.

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

typedef struct evp_md_ctx_st EVP_MD_CTX; // openssl/evp.h

namespace Godwit::Dump {

class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset();
    void addData(QByteArrayView data);
    Digest result(); // and starts again
    QByteArray hexResult();
    static Digest hash(QByteArrayView data);

private:
    EVP_MD_CTX *m_ctx;
};

} // namespace Godwit::Dump
