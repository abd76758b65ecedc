// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords go to the OS keychain and nowhere else: save one through the connection form, restore it when the
// saved connection is opened again, and search the bytes of the settings file and the app's data folders for
// it. Needs a Secret Service: tools/run-tests.sh runs the suite in a private D-Bus session with an unlocked
// gnome-keyring and sets DTI_EXPECT_KEYCHAIN=1, which turns a missing keychain from a skip into a failure.
#include "Version.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

namespace {
SecretStore::Result waitFor(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> answer;
    call([&answer](const SecretStore::Result &result) { answer = result; });
    // Not QTRY_VERIFY: this helper returns a value; the caller checks the status.
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
    return answer.value_or(
        SecretStore::Result {SecretStore::Status::Failed, {}, QStringLiteral("timed out")});
}

// Files under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSaveAndRestoreAPasswordOnlyInTheKeychain();
    void cleanupTestCase();

private:
    QObject m_context;
    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_keyToRemove;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const bool expected = qEnvironmentVariable("DTI_EXPECT_KEYCHAIN") == QLatin1String("1");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QVERIFY2(!expected, "DTI_EXPECT_KEYCHAIN=1 but there is no D-Bus session");
        QSKIP("No D-Bus session: run through tools/run-tests.sh for a throwaway gnome-keyring");
    }
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral(DTI_APP_ID));
    const SecretStore::Result probe = waitFor([this](SecretStore::Callback callback) {
        m_store->read(QStringLiteral("probe/keychain-available"), &m_context, callback);
    });
    if (probe.status == SecretStore::Status::NoBackend || probe.status == SecretStore::Status::Failed) {
        QVERIFY2(!expected, qPrintable(probe.message));
        QSKIP(qPrintable(QStringLiteral("No usable keychain: ") + probe.message));
    }
}

void TestKeychain::shouldSaveAndRestoreAPasswordOnlyInTheKeychain()
{
    // Given settings in a temporary folder and the real keychain under the app id
    QTemporaryDir configDir;
    QSettings qsettings(configDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    const QString password = QStringLiteral("kc-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    // When the connection form is filled in and the password remembered
    QString profileId;
    {
        MainWindow window(&settings, m_store.get(), QString());
        window.setKeychainAvailable(true);
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.example.com"));
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
            QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
            dialog->accept();
        });
        QSignalSpy saved(&window, &MainWindow::connectionSaved);
        window.showConnectionDialog(ConnectionProfile());
        QVERIFY(saved.count() > 0 || saved.wait(20000));
        profileId = saved.first().first().toString();
        QVERIFY(window.isKeychainAvailable());
    }
    const auto profile = settings.connectionProfile(profileId);
    QVERIFY(profile);
    m_keyToRemove = profile->passwordKey();

    // Then the keychain gives it back
    const SecretStore::Result restored = waitFor(
        [&](SecretStore::Callback callback) { m_store->read(profile->passwordKey(), &m_context, callback); });
    QCOMPARE(restored.status, SecretStore::Status::Ok);
    QCOMPARE(restored.secret, password);

    // And opening the saved connection uses it without asking
    {
        MainWindow window(&settings, m_store.get(), QString());
        bool asked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &window, [&asked] {
            if (auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                dialog->reject();
            }
        });
        poll.start(20);
        QSignalSpy ready(&window, &MainWindow::reportReady);
        window.openSavedConnection(profileId);
        QVERIFY(ready.wait(20000));
        QVERIFY(!asked);
        QVERIFY(!window.messageText().contains(password));
    }

    // And the settings file and the app's folders hold the profile but never the password
    qsettings.sync();
    QFile file(configDir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = file.readAll();
    QVERIFY(settingsBytes.contains("db.example.com"));
    QVERIFY(!settingsBytes.contains(password.toUtf8()));
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                                QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        QVERIFY2(filesContaining(folder, password.toUtf8()).isEmpty(), qPrintable(folder));
    }
}

void TestKeychain::cleanupTestCase()
{
    if (m_store && !m_keyToRemove.isEmpty()) {
        const SecretStore::Result removed = waitFor(
            [this](SecretStore::Callback callback) { m_store->remove(m_keyToRemove, &m_context, callback); });
        QCOMPARE(removed.status, SecretStore::Status::Ok);
    }
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
