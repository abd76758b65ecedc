// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>

// A self-signed TLS certificate for 127.0.0.1 (subject alternative name IP:127.0.0.1, valid from a day ago
// to a day ahead) with its EC P-256 key, made for one test run so HTTPS can be tested on loopback: once
// untrusted (a TLS error must end the send) and once trusted (the bytes must arrive).
class TestCertificate
{
public:
    TestCertificate();

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};
