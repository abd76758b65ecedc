// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSigningKey.h"

#include <memory>
#include <openssl/evp.h>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TestSigningKey::TestSigningKey()
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY_keygen_init(context.get());
    EVP_PKEY_keygen(context.get(), &m_key);
}

TestSigningKey::~TestSigningKey()
{
    EVP_PKEY_free(m_key);
}

QByteArray TestSigningKey::publicKey() const
{
    QByteArray raw(32, '\0');
    size_t length = 32;
    EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char *>(raw.data()), &length);
    return raw;
}

QString TestSigningKey::sign(const QByteArray &payloadJson) const
{
    const QByteArray input
        = base64Url(R"({"alg":"EdDSA","typ":"JWT","kid":"test"})") + '.' + base64Url(payloadJson);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key);
    QByteArray signature(64, '\0');
    size_t length = 64;
    EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

QString TestSigningKey::licence(const QByteArray &tr, const QDateTime &now) const
{
    return sign(R"({"iss":"directus-licensing-service","aud":"directus","sub":"acme","exp":)"
                + QByteArray::number(now.toSecsSinceEpoch() + 3600) + R"(,"e":{"tr":)" + tr + "}}");
}
