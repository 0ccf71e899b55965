// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <array>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace facet {

namespace {

constexpr QFileDevice::Permissions kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther | QFileDevice::ExeOther;

QString environmentName(const QString& target)
{
    QString name = u"FACET_SECRET_"_s;
    for (const QChar c : target.toUpper())
        name += (c.isLetterOrNumber() && c.unicode() < 0x80) ? c : u'_';
    return name;
}

QString secretsFolder()
{
    const QString configured = qEnvironmentVariable("FACET_SECRETS_DIR");
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/facet/secrets"_L1;
}

// The workspace id names a file: anything that could climb out of the folder is refused.
bool isSafeFileName(const QString& id)
{
    if (id.isEmpty() || id.startsWith(u'.'))
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            return false;
    }
    return true;
}

struct SecretsFile
{
    QString path;
    QJsonObject secrets;
};

// Reads the workspace's secrets file; a missing file is an empty one. A file others could read (or one that
// belongs to somebody else) is refused rather than used: its secrets must be considered exposed.
Status readSecrets(const QString& workspaceId, SecretsFile* file)
{
    if (!isSafeFileName(workspaceId))
        return Status::invalid(
            QCoreApplication::translate("facet::SecretStore",
                                        "The workspace id \"%1\" cannot name a secrets file.")
                .arg(workspaceId));
    file->path = secretsFolder() + u'/' + workspaceId + ".json"_L1;
    file->secrets = {};
    const QFileInfo info(file->path);
    if (!info.exists())
        return Status::ok();
    if (info.permissions() & kGroupOrOthers) {
        return Status::invalid(
            QCoreApplication::translate(
                "facet::SecretStore",
                "The secrets file %1 can be read or changed by other users; restrict it with "
                "\"chmod 600 %1\" (and consider the secrets in it exposed).")
                .arg(file->path));
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::geteuid())
        return Status::invalid(
            QCoreApplication::translate("facet::SecretStore", "The secrets file %1 belongs to another user.")
                .arg(file->path));
#endif
    QFile in(file->path);
    if (!in.open(QIODevice::ReadOnly))
        return Status::internal(
            QCoreApplication::translate("facet::SecretStore", "Cannot read the secrets file %1: %2")
                .arg(file->path, in.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Status::invalid(
            QCoreApplication::translate(
                "facet::SecretStore", "The secrets file %1 is not a JSON object of target codes and secrets.")
                .arg(file->path));
    }
    file->secrets = document.object();
    return Status::ok();
}

Status ensureFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent) || !QDir().mkdir(folder, kFolderPermissions))
            return Status::internal(
                QCoreApplication::translate("facet::SecretStore", "Cannot create the secrets folder %1.")
                    .arg(folder));
    } else if (!info.isDir()) {
        return Status::internal(
            QCoreApplication::translate("facet::SecretStore", "%1 is not a folder.").arg(folder));
    }
    // mkdir applies the umask, and a folder someone created earlier may be open: tighten it either way.
    if ((QFileInfo(folder).permissions() & kGroupOrOthers) &&
        !QFile::setPermissions(folder, kFolderPermissions))
        return Status::internal(
            QCoreApplication::translate("facet::SecretStore",
                                        "Cannot restrict the secrets folder %1 to its owner.")
                .arg(folder));
    return Status::ok();
}

Status writeSecrets(const SecretsFile& file)
{
    const Status folder = ensureFolder(QFileInfo(file.path).absolutePath());
    if (!folder)
        return folder;
    QSaveFile out(file.path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::internal(
            QCoreApplication::translate("facet::SecretStore", "Cannot write the secrets file %1: %2")
                .arg(file.path, out.errorString()));
    // The temporary file is restricted before any secret is written to it.
    if (!out.setPermissions(kFilePermissions)) {
        out.cancelWriting();
        return Status::internal(QCoreApplication::translate(
                                    "facet::SecretStore", "Cannot restrict the secrets file %1 to its owner.")
                                    .arg(file.path));
    }
    out.write(QJsonDocument(file.secrets).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Status::internal(
            QCoreApplication::translate("facet::SecretStore", "Cannot write the secrets file %1: %2")
                .arg(file.path, out.errorString()));
    return Status::ok();
}

} // namespace

SecretStore::SecretStore(QString workspaceId)
    : m_workspaceId(std::move(workspaceId))
{
}

std::optional<QByteArray> SecretStore::secret(const QString& target, Status* status) const
{
    if (status)
        *status = Status::ok();
    const QByteArray fromEnvironment = qgetenv(environmentName(target).toLatin1().constData());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    SecretsFile file;
    const Status read = readSecrets(m_workspaceId, &file);
    if (!read) {
        if (status)
            *status = read;
        return std::nullopt;
    }
    const QString value = file.secrets.value(target).toString();
    if (value.isEmpty())
        return std::nullopt;
    return value.toUtf8();
}

Status SecretStore::setSecret(const QString& target, const QByteArray& secret)
{
    if (target.isEmpty())
        return Status::invalid(
            QCoreApplication::translate("facet::SecretStore", "A secret needs a target code."));
    if (secret.isEmpty())
        return Status::invalid(
            QCoreApplication::translate("facet::SecretStore", "The secret for %1 is empty.").arg(target));
    // The file holds JSON strings: a secret must survive the round trip unchanged.
    if (QString::fromUtf8(secret).toUtf8() != secret)
        return Status::invalid(
            QCoreApplication::translate("facet::SecretStore", "The secret for %1 is not UTF-8 text.")
                .arg(target));
    SecretsFile file;
    const Status read = readSecrets(m_workspaceId, &file);
    if (!read)
        return read;
    file.secrets.insert(target, QString::fromUtf8(secret));
    return writeSecrets(file);
}

Status SecretStore::removeSecret(const QString& target)
{
    SecretsFile file;
    const Status read = readSecrets(m_workspaceId, &file);
    if (!read)
        return read;
    if (!file.secrets.contains(target))
        return Status::ok();
    file.secrets.remove(target);
    return writeSecrets(file);
}

QByteArray SecretStore::generate()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex();
}

} // namespace facet
