// SPDX-License-Identifier: GPL-3.0-or-later
// Target secrets outside the workspace: the environment first, then a file only its owner can read.
#include "models/publishing/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

const QString kWorkspace = u"3f2c9a60-0d4e-4c55-9d0b-5b7d0a1e2f11"_s;

int modeOf(const QString& path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setGetRemove();
    void workspacesAreSeparate();
    void fileAndFolderAreOwnerOnly();
    void openFolderIsTightened();
    void environmentOverridesFile();
    void openFileIsRefused_data();
    void openFileIsRefused();
    void corruptFileIsReported();
    void unsafeWorkspaceIdIsRefused();
    void defaultFolderFollowsXdgConfigHome();
    void generateMakesDistinctHexSecrets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->filePath(u"secrets"_s); }
    QString file() const { return folder() + u'/' + kWorkspace + ".json"_L1; }
};

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("FACET_SECRETS_DIR", QFile::encodeName(folder()));
    qunsetenv("FACET_SECRET_WEB_HOOK");
    qunsetenv("FACET_SECRET_CRM");
}

void TestSecretStore::cleanup()
{
    qunsetenv("FACET_SECRETS_DIR");
    qunsetenv("FACET_SECRET_WEB_HOOK");
    m_dir.reset();
}

void TestSecretStore::setGetRemove()
{
    SecretStore store(kWorkspace);
    Status status = Status::internal(u"not set"_s);
    QCOMPARE(store.secret(u"web-hook"_s, &status), std::nullopt);
    QVERIFY(status); // nothing stored yet is no error
    QVERIFY(!QFile::exists(file()));

    QVERIFY(store.setSecret(u"web-hook"_s, "first secret"));
    QVERIFY(store.setSecret(u"crm"_s, "crm secret"));
    QCOMPARE(store.secret(u"web-hook"_s, &status), std::optional<QByteArray>("first secret"));
    QVERIFY(status);
    QCOMPARE(store.secret(u"crm"_s), std::optional<QByteArray>("crm secret"));

    QVERIFY(store.setSecret(u"web-hook"_s, "rotated"));
    QCOMPARE(store.secret(u"web-hook"_s), std::optional<QByteArray>("rotated"));

    QVERIFY(store.removeSecret(u"web-hook"_s));
    QCOMPARE(store.secret(u"web-hook"_s), std::nullopt);
    QCOMPARE(store.secret(u"crm"_s), std::optional<QByteArray>("crm secret"));
    QVERIFY(store.removeSecret(u"never-set"_s));

    QCOMPARE(store.setSecret(u"crm"_s, QByteArray()).kind(), Status::Kind::InvalidInput);
    QCOMPARE(store.setSecret(u"crm"_s, QByteArray("\xff\xfe", 2)).kind(), Status::Kind::InvalidInput);
    QCOMPARE(store.setSecret(QString(), "x").kind(), Status::Kind::InvalidInput);

    // Another store object (another process) reads what this one wrote.
    QCOMPARE(SecretStore(kWorkspace).secret(u"crm"_s), std::optional<QByteArray>("crm secret"));
}

void TestSecretStore::workspacesAreSeparate()
{
    QVERIFY(SecretStore(kWorkspace).setSecret(u"crm"_s, "one"));
    QVERIFY(SecretStore(u"other-workspace"_s).setSecret(u"crm"_s, "two"));
    QCOMPARE(SecretStore(kWorkspace).secret(u"crm"_s), std::optional<QByteArray>("one"));
    QCOMPARE(SecretStore(u"other-workspace"_s).secret(u"crm"_s), std::optional<QByteArray>("two"));
    QVERIFY(QFile::exists(folder() + "/other-workspace.json"_L1));
}

void TestSecretStore::fileAndFolderAreOwnerOnly()
{
    // Even with a umask that lets everybody read, the folder is 0700 and the file 0600.
    const mode_t previous = ::umask(0);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    qputenv("FACET_SECRETS_DIR", QFile::encodeName(m_dir->filePath(u"deeper/still/secrets"_s)));
    SecretStore store(kWorkspace);
    QVERIFY(store.setSecret(u"crm"_s, "s"));
    const QString deepFolder = m_dir->filePath(u"deeper/still/secrets"_s);
    QCOMPARE(modeOf(deepFolder), 0700);
    QCOMPARE(modeOf(deepFolder + u'/' + kWorkspace + ".json"_L1), 0600);
    QCOMPARE(QFile::permissions(deepFolder + u'/' + kWorkspace + ".json"_L1) &
                 ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Rewriting keeps it so.
    QVERIFY(store.setSecret(u"crm"_s, "t"));
    QCOMPARE(modeOf(deepFolder + u'/' + kWorkspace + ".json"_L1), 0600);
    QVERIFY(store.removeSecret(u"crm"_s));
    QCOMPARE(modeOf(deepFolder + u'/' + kWorkspace + ".json"_L1), 0600);
}

void TestSecretStore::openFolderIsTightened()
{
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0755) == 0);
    QVERIFY(SecretStore(kWorkspace).setSecret(u"crm"_s, "s"));
    QCOMPARE(modeOf(folder()), 0700);
}

void TestSecretStore::environmentOverridesFile()
{
    SecretStore store(kWorkspace);
    QVERIFY(store.setSecret(u"web-hook"_s, "from the file"));
    qputenv("FACET_SECRET_WEB_HOOK", "from the environment");
    QCOMPARE(store.secret(u"web-hook"_s), std::optional<QByteArray>("from the environment"));
    // Only that target's variable counts.
    QVERIFY(store.setSecret(u"crm"_s, "crm from the file"));
    QCOMPARE(store.secret(u"crm"_s), std::optional<QByteArray>("crm from the file"));

    // Without any file at all (a server configured by environment only).
    QVERIFY(QFile::remove(file()));
    QCOMPARE(SecretStore(u"no-file-workspace"_s).secret(u"web-hook"_s),
             std::optional<QByteArray>("from the environment"));
    // Any character but letters and digits becomes '_'.
    qputenv("FACET_SECRET_SHOP_DE_HOOK", "dotted");
    QCOMPARE(store.secret(u"shop.de-hook"_s), std::optional<QByteArray>("dotted"));
    qunsetenv("FACET_SECRET_SHOP_DE_HOOK");
    // An empty variable is no secret.
    qputenv("FACET_SECRET_WEB_HOOK", "");
    QCOMPARE(store.secret(u"web-hook"_s), std::nullopt);
}

void TestSecretStore::openFileIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("refused");
    QTest::newRow("0600 owner only") << 0600 << false;
    QTest::newRow("0400 owner read-only") << 0400 << false;
    QTest::newRow("0644 world-readable") << 0644 << true;
    QTest::newRow("0640 group-readable") << 0640 << true;
    QTest::newRow("0604 others-readable") << 0604 << true;
    QTest::newRow("0620 group-writable") << 0620 << true;
}

void TestSecretStore::openFileIsRefused()
{
    QFETCH(int, mode);
    QFETCH(bool, refused);
    SecretStore store(kWorkspace);
    QVERIFY(store.setSecret(u"crm"_s, "s"));
    QVERIFY(::chmod(QFile::encodeName(file()).constData(), static_cast<mode_t>(mode)) == 0);

    Status status;
    const std::optional<QByteArray> secret = store.secret(u"crm"_s, &status);
    QCOMPARE(secret.has_value(), !refused);
    QCOMPARE(status.isOk(), !refused);
    if (refused) {
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        QVERIFY2(status.message().contains(u"chmod 600 "_s + file()), qPrintable(status.message()));
        // Nor is it written to or extended.
        QCOMPARE(store.setSecret(u"other"_s, "x").kind(), Status::Kind::InvalidInput);
        QCOMPARE(modeOf(file()), mode);
    }
    QVERIFY(::chmod(QFile::encodeName(file()).constData(), 0600) == 0);
}

void TestSecretStore::corruptFileIsReported()
{
    SecretStore store(kWorkspace);
    QVERIFY(store.setSecret(u"crm"_s, "s"));
    QFile f(file());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("not json");
    f.close();
    Status status;
    QCOMPARE(store.secret(u"crm"_s, &status), std::nullopt);
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QVERIFY(status.message().contains(file()));
}

void TestSecretStore::unsafeWorkspaceIdIsRefused()
{
    for (const QString& id : {u"../escape"_s, u"a/b"_s, QString(), u".hidden"_s}) {
        SecretStore store(id);
        QCOMPARE(store.setSecret(u"crm"_s, "s").kind(), Status::Kind::InvalidInput);
        Status status;
        QCOMPARE(store.secret(u"crm"_s, &status), std::nullopt);
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    }
    QVERIFY(!QFile::exists(m_dir->filePath(u"escape.json"_s)));
}

void TestSecretStore::defaultFolderFollowsXdgConfigHome()
{
    qunsetenv("FACET_SECRETS_DIR");
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([previous] {
        if (previous.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", previous);
    });
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
    QVERIFY(SecretStore(kWorkspace).setSecret(u"crm"_s, "s"));
    const QString expected = m_dir->filePath(u"config/facet/secrets/"_s) + kWorkspace + ".json"_L1;
    QVERIFY2(QFile::exists(expected), qPrintable(expected));
    QCOMPARE(modeOf(m_dir->filePath(u"config/facet/secrets"_s)), 0700);
}

void TestSecretStore::generateMakesDistinctHexSecrets()
{
    const QByteArray a = SecretStore::generate();
    const QByteArray b = SecretStore::generate();
    QCOMPARE(a.size(), 64);
    QCOMPARE(QByteArray::fromHex(a).toHex(), a);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
