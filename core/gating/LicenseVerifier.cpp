// SPDX-License-Identifier: GPL-3.0-or-later
#include "LicenseVerifier.h"

#include "json/JsonReader.h"

#include <algorithm>
#include <memory>
#include <openssl/evp.h>

namespace {

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text,
                                         QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool verifyEd25519(const QByteArray &rawPublicKey, const QByteArray &message, const QByteArray &signature)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(rawPublicKey.constData()),
                                    size_t(rawPublicKey.size())),
        &EVP_PKEY_free);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

} // namespace

LicenseVerifier::LicenseVerifier(const QByteArray &rawPublicKey, const QString &keyId)
    : m_rawPublicKey(rawPublicKey)
    , m_keyId(keyId)
{
}

LicenseVerifier LicenseVerifier::directusEmbedded()
{
    // The public JWK Directus 12.4.1 embeds (spec §9); a public key, not a secret.
    return LicenseVerifier(*fromBase64Url("pvY3LqBAs7Cu9oG7H_PwkG7OsztDYSgPJP29RRgc8lY"),
                           QStringLiteral("9c884d23cdb155ca"));
}

LicenseVerifier::Result LicenseVerifier::verify(const QString &token, const QDateTime &now) const
{
    Result result;
    const QList<QByteArray> parts = token.trimmed().toLatin1().split('.');
    if (parts.size() != 3) {
        result.failure = tr("not a JWT (expected three dot-separated parts)");
        return result;
    }
    const auto header = fromBase64Url(parts.at(0));
    const auto payload = fromBase64Url(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !payload || !signature) {
        result.failure = tr("not a JWT (a part is not base64url)");
        return result;
    }
    const JsonReader::Result headerJson = JsonReader::parseUtf8(*header);
    const JsonReader::Result payloadJson = JsonReader::parseUtf8(*payload);
    if (!headerJson.ok || !payloadJson.ok || !headerJson.value.isObject() || !payloadJson.value.isObject()) {
        result.failure = tr("not a JWT (header or payload is not a JSON object)");
        return result;
    }
    if (headerJson.value.member(QStringLiteral("alg")).jsString() != QLatin1String("EdDSA")) {
        result.failure
            = tr("signed with %1, not EdDSA").arg(headerJson.value.member(QStringLiteral("alg")).jsString());
        return result;
    }
    if (!verifyEd25519(m_rawPublicKey, parts.at(0) + '.' + parts.at(1), *signature)) {
        // Directus falls back to its embedded key whatever the `kid` says, so the key is tried regardless.
        result.failure = tr("the signature does not match Directus's licence key (%1)").arg(m_keyId);
        return result;
    }
    const JsValue claims = payloadJson.value;
    if (claims.member(QStringLiteral("iss")).jsString() != QLatin1String("directus-licensing-service")) {
        result.failure = tr("issued by \"%1\", not directus-licensing-service")
                             .arg(claims.member(QStringLiteral("iss")).jsString());
        return result;
    }
    const JsValue audience = claims.member(QStringLiteral("aud"));
    const bool forDirectus = audience.isArray()
        ? std::any_of(audience.elements().cbegin(), audience.elements().cend(),
                      [](const JsValue &entry) { return entry.jsString() == QLatin1String("directus"); })
        : audience.jsString() == QLatin1String("directus");
    if (!forDirectus) {
        result.failure = tr("not issued for the audience \"directus\"");
        return result;
    }
    const JsValue expires = claims.member(QStringLiteral("exp"));
    if (!expires.isNumber()) {
        result.failure = tr("has no expiry (exp), which Directus requires");
        return result;
    }
    result.expires = QDateTime::fromSecsSinceEpoch(qint64(expires.toNumber()), Qt::UTC);
    if (result.expires <= now) {
        result.failure = tr("expired on %1").arg(result.expires.toString(Qt::ISODate));
        return result;
    }
    result.subject = claims.member(QStringLiteral("sub")).jsString();
    const JsValue required = claims.member(QStringLiteral("e")).member(QStringLiteral("tr"));
    if (required.isArray() && !required.elements().isEmpty()) {
        const QList<JsValue> &flags = required.elements();
        const JsValue chosen = flags.size() > 1 && !flags.at(1).isNullish() ? flags.at(1) : flags.at(0);
        result.telemetryRequired = chosen.isTruthy();
    }
    result.verified = true;
    return result;
}
