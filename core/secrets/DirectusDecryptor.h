// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Reads and writes values that Directus stores with its `encrypt` field special (spec §6.10), e.g.
// directus_settings.ai_openai_api_key: `1||scrypt||N||r||p||salt||iv||ciphertext||tag`, the key derived with
// scrypt from SECRET and the value sealed with AES-256-GCM (no AAD). decrypt() accepts exactly what
// Directus's own decrypt on Node 22 accepts: lenient base64, N/r/p defaults, Node's scrypt limits (32 MiB
// maxmem) and short GCM tags (16, 15, 14, 13, 12, 8 or 4 bytes). Not supported: Node 26's stricter
// 16-byte-only tag rule, and Directus's random per-process secret when SECRET is unset (the caller decides
// what an empty secret means; here it is just an empty password). Stateless; both functions are thread-safe.
class DirectusDecryptor
{
    Q_DECLARE_TR_FUNCTIONS(DirectusDecryptor)

public:
    // The plaintext (bad UTF-8 becomes U+FFFD), or nothing when Directus's decrypt would throw; whyFailed
    // then gets a short reason such as "wrong SECRET or damaged value (authentication failed)".
    static std::optional<QString> decrypt(const QString &stored, const QByteArray &secretUtf8,
                                          QString *whyFailed = nullptr);

    // What Directus writes: N=16384, r=8, p=1, a random 16-byte salt and 12-byte IV, a 16-byte tag, all in
    // canonical base64. Returns an empty string only if OpenSSL fails (no randomness, out of memory).
    static QString encrypt(const QString &plain, const QByteArray &secretUtf8);
};
