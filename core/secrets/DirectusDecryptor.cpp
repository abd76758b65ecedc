// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectusDecryptor.h"

#include "json/JsValue.h"

#include <QStringList>

#include <cmath>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {
const QString Separator = QStringLiteral("||");
constexpr int KeyLength = 32;
constexpr double DefaultN = 16384;
constexpr double DefaultR = 8;
constexpr double DefaultP = 1;
// Node's default scrypt maxmem (32 MiB), which Directus does not override.
constexpr double MaxMem = 32.0 * 1024 * 1024;
constexpr double Uint32Max = 4294967295.0;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

// Wipes derived key material when it goes out of scope, whichever way the function returns.
struct KeyBuffer
{
    unsigned char bytes[KeyLength] = {};
    ~KeyBuffer() { OPENSSL_cleanse(bytes, sizeof bytes); }
};

// Buffer.from(text, 'base64') as Node decodes it: both alphabets, anything else skipped, stop at the first
// '='; a trailing group of 2 or 3 characters still yields 1 or 2 bytes.
QByteArray decodeBase64Leniently(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 3 / 4 + 3);
    quint32 bits = 0;
    int bitCount = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        int value = -1;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'a' && c <= u'z')
            value = c - u'a' + 26;
        else if (c >= u'0' && c <= u'9')
            value = c - u'0' + 52;
        else if (c == u'+' || c == u'-')
            value = 62;
        else if (c == u'/' || c == u'_')
            value = 63;
        else if (c == u'=')
            break;
        if (value < 0)
            continue;
        bits = (bits << 6) | quint32(value);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            out.append(char((bits >> bitCount) & 0xFF));
        }
    }
    return out;
}

// Number(text) || default, as Directus reads N, r and p.
double scryptParameter(const QString &text, double fallback)
{
    const double value = JsValue::stringToNumber(text);
    return (std::isnan(value) || value == 0) ? fallback : value;
}

// Node's checks before it calls OpenSSL (uint32 options) plus OpenSSL's own scrypt limits with Node's maxmem,
// so that the reason given names the parameter Directus would trip over.
bool scryptParametersValid(double n, double r, double p, QString *why)
{
    for (const double value : {n, r, p}) {
        if (!std::isfinite(value) || value < 0 || value > Uint32Max || std::floor(value) != value) {
            *why
                = DirectusDecryptor::tr("scrypt parameters N=%1, r=%2, p=%3 are not unsigned 32-bit integers")
                      .arg(JsValue::numberToString(n), JsValue::numberToString(r),
                           JsValue::numberToString(p));
            return false;
        }
    }
    const auto un = quint64(n);
    const bool powerOfTwo = un >= 2 && (un & (un - 1)) == 0;
    const bool belowRLimit = 16 * r >= 64 || n < std::ldexp(1.0, int(16 * r));
    const bool prOk = p * r < std::ldexp(1.0, 30);
    const bool memoryOk = 128 * r * (n + 2) + 128 * r * p <= MaxMem;
    if (!powerOfTwo || !belowRLimit || !prOk) {
        *why = DirectusDecryptor::tr("scrypt parameters N=%1, r=%2, p=%3 are invalid")
                   .arg(JsValue::numberToString(n), JsValue::numberToString(r), JsValue::numberToString(p));
        return false;
    }
    if (!memoryOk) {
        *why = DirectusDecryptor::tr("scrypt parameters N=%1, r=%2, p=%3 need more than Node's 32 MiB limit")
                   .arg(JsValue::numberToString(n), JsValue::numberToString(r), JsValue::numberToString(p));
        return false;
    }
    return true;
}

bool deriveKey(const QByteArray &secret, const QByteArray &salt, quint64 n, quint64 r, quint64 p,
               KeyBuffer &key)
{
    return EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n,
                          r, p, quint64(MaxMem), key.bytes, KeyLength)
        == 1;
}

bool tagLengthAccepted(qsizetype length)
{
    // Node 22 and 24 accept these GCM tag lengths without authTagLength; a short tag is compared with the
    // start of the full one (OpenSSL does the same).
    for (const qsizetype accepted : {16, 15, 14, 13, 12, 8, 4}) {
        if (length == accepted)
            return true;
    }
    return false;
}

std::optional<QString> fail(QString *whyFailed, const QString &reason)
{
    if (whyFailed)
        *whyFailed = reason;
    return std::nullopt;
}
} // namespace

std::optional<QString> DirectusDecryptor::decrypt(const QString &stored, const QByteArray &secretUtf8,
                                                  QString *whyFailed)
{
    const QStringList parts = stored.split(Separator, Qt::KeepEmptyParts);
    if (parts.size() < 9)
        return fail(whyFailed,
                    tr("not an encrypted value (%n part(s) instead of 9)", nullptr, int(parts.size())));
    if (parts.at(0) != QLatin1String("1"))
        return fail(whyFailed, tr("unsupported format version"));
    if (parts.at(1) != QLatin1String("scrypt"))
        return fail(whyFailed, tr("unsupported key derivation"));
    if (parts.at(5).isEmpty() || parts.at(6).isEmpty() || parts.at(8).isEmpty())
        return fail(whyFailed, tr("salt, IV or tag is empty"));

    const double n = scryptParameter(parts.at(2), DefaultN);
    const double r = scryptParameter(parts.at(3), DefaultR);
    const double p = scryptParameter(parts.at(4), DefaultP);
    QString why;
    if (!scryptParametersValid(n, r, p, &why))
        return fail(whyFailed, why);

    const QByteArray salt = decodeBase64Leniently(parts.at(5));
    const QByteArray iv = decodeBase64Leniently(parts.at(6));
    const QByteArray ciphertext = decodeBase64Leniently(parts.at(7));
    const QByteArray tag = decodeBase64Leniently(parts.at(8));
    if (iv.isEmpty())
        return fail(whyFailed, tr("the IV decodes to no bytes"));
    if (!tagLengthAccepted(tag.size()))
        return fail(whyFailed,
                    tr("the authentication tag has %n byte(s), which Node does not accept", nullptr,
                       int(tag.size())));

    KeyBuffer key;
    if (!deriveKey(secretUtf8, salt, quint64(n), quint64(r), quint64(p), key))
        return fail(whyFailed, tr("scrypt key derivation failed"));

    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes,
                              reinterpret_cast<const unsigned char *>(iv.constData()))
            != 1)
        return fail(whyFailed, tr("the IV length (%n byte(s)) is not accepted", nullptr, int(iv.size())));

    QByteArray plain(ciphertext.size() + 16, Qt::Uninitialized);
    int written = 0;
    if (!ciphertext.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &written,
                             reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                             int(ciphertext.size()))
            != 1)
        return fail(whyFailed, tr("decryption failed"));
    QByteArray tagCopy = tag; // the ctrl call takes a non-const pointer
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagCopy.size()), tagCopy.data()) != 1)
        return fail(whyFailed, tr("the authentication tag is not accepted"));
    int finalWritten = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + written,
                            &finalWritten)
        != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return fail(whyFailed, tr("wrong SECRET or damaged value (authentication failed)"));
    }
    plain.truncate(written + finalWritten);
    const QString text = QString::fromUtf8(plain);
    OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    return text;
}

QString DirectusDecryptor::encrypt(const QString &plain, const QByteArray &secretUtf8)
{
    QByteArray salt(16, Qt::Uninitialized);
    QByteArray iv(12, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1
        || RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), int(iv.size())) != 1)
        return {};

    KeyBuffer key;
    if (!deriveKey(secretUtf8, salt, quint64(DefaultN), quint64(DefaultR), quint64(DefaultP), key))
        return {};

    const QByteArray input = plain.toUtf8();
    QByteArray ciphertext(input.size() + 16, Qt::Uninitialized);
    QByteArray tag(16, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    const CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.bytes,
                              reinterpret_cast<const unsigned char *>(iv.constData()))
            != 1
        || (!input.isEmpty()
            && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(ciphertext.data()), &written,
                                 reinterpret_cast<const unsigned char *>(input.constData()),
                                 int(input.size()))
                != 1)
        || EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(ciphertext.data()) + written,
                               &finalWritten)
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(tag.size()), tag.data()) != 1)
        return {};
    ciphertext.truncate(written + finalWritten);

    const QStringList parts = {QStringLiteral("1"),
                               QStringLiteral("scrypt"),
                               JsValue::numberToString(DefaultN),
                               JsValue::numberToString(DefaultR),
                               JsValue::numberToString(DefaultP),
                               QString::fromLatin1(salt.toBase64()),
                               QString::fromLatin1(iv.toBase64()),
                               QString::fromLatin1(ciphertext.toBase64()),
                               QString::fromLatin1(tag.toBase64())};
    return parts.join(Separator);
}
