// SPDX-License-Identifier: GPL-3.0-or-later
// Gating (spec §9): TELEMETRY's truthiness and the licence's telemetry_required entitlement, with licence
// tokens signed in the test by an Ed25519 key of its own (Directus's private key is, rightly, not available).
#include "ScratchProject.h"
#include "gating/LicenseVerifier.h"
#include "gating/TelemetryGate.h"
#include "secrets/DirectusDecryptor.h"

#include <QTest>

#include <memory>
#include <openssl/evp.h>

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An Ed25519 key pair made for this test run.
class SigningKey
{
public:
    SigningKey()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
            EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
        EVP_PKEY_keygen_init(context.get());
        EVP_PKEY_keygen(context.get(), &m_key);
    }
    ~SigningKey() { EVP_PKEY_free(m_key); }
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    QByteArray publicKey() const
    {
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char *>(raw.data()), &length);
        return raw;
    }

    QString sign(const QByteArray &payloadJson,
                 const QByteArray &headerJson = R"({"alg":"EdDSA","typ":"JWT","kid":"test"})") const
    {
        const QByteArray input = base64Url(headerJson) + '.' + base64Url(payloadJson);
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key);
        QByteArray signature(64, '\0');
        size_t length = 64;
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        return QString::fromLatin1(input + '.' + base64Url(signature));
    }

private:
    EVP_PKEY *m_key = nullptr;
};

QByteArray licencePayload(const QByteArray &telemetryRequired, qint64 expires = Now.toSecsSinceEpoch() + 3600,
                          const QByteArray &issuer = "directus-licensing-service",
                          const QByteArray &audience = "\"directus\"")
{
    return R"({"iss":")" + issuer + R"(","aud":)" + audience + R"(,"sub":"acme","exp":)"
        + QByteArray::number(expires) + R"(,"e":{"tr":)" + telemetryRequired + "}}";
}

} // namespace

class TestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifiesAValidToken()
    {
        SigningKey key;
        const LicenseVerifier verifier(key.publicKey(), QStringLiteral("test"));
        const LicenseVerifier::Result result = verifier.verify(key.sign(licencePayload("[1,0]")), Now);
        QVERIFY2(result.verified, qPrintable(result.failure));
        QCOMPARE(result.telemetryRequired, std::optional<bool>(false)); // the override wins
        QCOMPARE(result.subject, QStringLiteral("acme"));
        QCOMPARE(verifier.verify(key.sign(licencePayload("[1]")), Now).telemetryRequired,
                 std::optional<bool>(true));
        QCOMPARE(verifier.verify(key.sign(licencePayload("[0,null]")), Now).telemetryRequired,
                 std::optional<bool>(false));
    }

    void rejectsBadTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("reason");
        SigningKey key;
        SigningKey otherKey;
        QTest::newRow("expired") << key.sign(licencePayload("[0]", Now.toSecsSinceEpoch() - 1)) << "expired";
        QTest::newRow("no exp") << key.sign(R"({"iss":"directus-licensing-service","aud":"directus"})")
                                << "expiry";
        QTest::newRow("issuer") << key.sign(licencePayload("[0]", Now.toSecsSinceEpoch() + 60, "someone"))
                                << "issued";
        QTest::newRow("audience") << key.sign(
            licencePayload("[0]", Now.toSecsSinceEpoch() + 60, "directus-licensing-service", "\"other\""))
                                  << "audience";
        QTest::newRow("other key") << otherKey.sign(licencePayload("[0]")) << "signature";
        QTest::newRow("HS256") << key.sign(licencePayload("[0]"), R"({"alg":"HS256"})") << "EdDSA";
        QTest::newRow("garbage") << QStringLiteral("not.a.jwt!") << "JWT";
        QTest::newRow("two parts") << QStringLiteral("abc.def") << "JWT";
        // The key must be checked even when the verifier answers for another key: keep it for the test below.
        m_keyForData = key.publicKey();
        QTest::newRow("tampered payload") << [&key] {
            QString token = key.sign(licencePayload("[1]"));
            const QStringList parts = token.split(QLatin1Char('.'));
            return parts.at(0) + QLatin1Char('.') + QString::fromLatin1(base64Url(licencePayload("[0]")))
                + QLatin1Char('.') + parts.at(2);
        }() << "signature";
    }

    void rejectsBadTokens()
    {
        QFETCH(QString, token);
        QFETCH(QString, reason);
        const LicenseVerifier verifier(m_keyForData, QStringLiteral("test"));
        const LicenseVerifier::Result result = verifier.verify(token, Now);
        QVERIFY(!result.verified);
        QVERIFY2(result.failure.contains(reason), qPrintable(result.failure));
    }

    void directusKeyRejectsOurToken()
    {
        SigningKey key;
        const LicenseVerifier::Result result
            = LicenseVerifier::directusEmbedded().verify(key.sign(licencePayload("[0]")), Now);
        QVERIFY(!result.verified);
        QVERIFY2(result.failure.contains(QStringLiteral("signature")), qPrintable(result.failure));
    }

    void gateStates_data()
    {
        QTest::addColumn<QString>("telemetry"); // empty: not set
        QTest::addColumn<QByteArray>("licence"); // empty: no LICENSE_TOKEN
        QTest::addColumn<bool>("requested");
        QTest::addColumn<bool>("effective");
        QTest::addColumn<int>("reason");
        using R = TelemetryGate::Reason;
        QTest::newRow("default") << QString() << QByteArray() << true << true << int(R::ConfigEnabled);
        QTest::newRow("false, no licence")
            << "false" << QByteArray() << false << true << int(R::RequiredByCoreLicence);
        QTest::newRow("TRUE is false")
            << "TRUE" << QByteArray() << false << true << int(R::RequiredByCoreLicence);
        QTest::newRow("0, no licence")
            << "0" << QByteArray() << false << true << int(R::RequiredByCoreLicence);
        QTest::newRow("false, licence allows")
            << "false" << QByteArray("[0]") << false << false << int(R::OptedOut);
        QTest::newRow("false, licence override requires")
            << "false" << QByteArray("[0,1]") << false << true << int(R::RequiredByLicence);
        QTest::newRow("true, licence allows")
            << "true" << QByteArray("[0]") << true << true << int(R::ConfigEnabled);
        QTest::newRow("1, licence allows")
            << "1" << QByteArray("[0]") << true << true << int(R::ConfigEnabled);
    }

    void gateStates()
    {
        QFETCH(QString, telemetry);
        QFETCH(QByteArray, licence);
        QFETCH(bool, requested);
        QFETCH(bool, effective);
        QFETCH(int, reason);
        SigningKey key;
        ScratchProject project;
        if (!telemetry.isNull())
            project.appendEnv(QStringLiteral("TELEMETRY=") + telemetry);
        if (!licence.isEmpty())
            project.appendEnv(QStringLiteral("LICENSE_TOKEN=") + key.sign(licencePayload(licence)));
        QString error;
        const auto config = project.config(&error);
        QVERIFY2(config, qPrintable(error));
        const ReportEngine::GateOutcome outcome = ReportEngine(*config).evaluateGate(
            LicenseVerifier(key.publicKey(), QStringLiteral("test")), Now);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.state.requested, requested);
        QCOMPARE(outcome.state.effective, effective);
        QCOMPARE(int(outcome.state.reason), reason);
        QVERIFY(!outcome.state.explanation.isEmpty());
    }

    void storedEncryptedLicenceToken()
    {
        SigningKey key;
        ScratchProject project;
        project.appendEnv(QStringLiteral("TELEMETRY=false"));
        QString error;
        auto config = project.config(&error);
        QVERIFY2(config, qPrintable(error));
        const QString secret = config->value(QStringLiteral("SECRET")).jsString();
        QVERIFY(!secret.isEmpty());
        const QString stored = DirectusDecryptor::encrypt(key.sign(licencePayload("[0]")), secret.toUtf8());
        project.exec({QStringLiteral("update directus_settings set license_token = '%1'").arg(stored)});
        const LicenseVerifier verifier(key.publicKey(), QStringLiteral("test"));
        ReportEngine::GateOutcome outcome = ReportEngine(*config).evaluateGate(verifier, Now);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.state.licenceSource, QStringLiteral("directus_settings.license_token"));
        QVERIFY2(outcome.state.licence.verified, qPrintable(outcome.state.licence.failure));
        QCOMPARE(outcome.state.reason, TelemetryGate::Reason::OptedOut);

        // Without the right SECRET the stored token cannot be read, so the Core licence applies.
        project.setServerEnvironment({});
        project.appendEnv(QStringLiteral("SECRET=wrong-secret"));
        config = project.config(&error);
        QVERIFY(config);
        outcome = ReportEngine(*config).evaluateGate(verifier, Now);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.state.reason, TelemetryGate::Reason::RequiredByCoreLicence);
        QVERIFY2(outcome.state.explanation.contains(QStringLiteral("decrypt")),
                 qPrintable(outcome.state.explanation));
    }

private:
    QByteArray m_keyForData;
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
