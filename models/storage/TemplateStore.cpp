// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/TemplateStore.h"

#include "models/storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {

ChannelTemplate fromRow(const QSqlQuery& q)
{
    return ChannelTemplate{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

const QString kColumns = QStringLiteral("channel, name, version, source, saved_by, saved_at");

} // namespace

TemplateStore::TemplateStore(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QList<ChannelTemplate> TemplateStore::latest(const QString& channel, Status* status) const
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT " + kColumns +
        u" FROM channel_templates t WHERE channel = ? AND version = "
        u"(SELECT MAX(version) FROM channel_templates u WHERE u.channel = t.channel AND u.name = t.name) "
        u"ORDER BY name");
    q.bindValue(0, channel);
    QList<ChannelTemplate> result;
    if (!q.exec()) {
        if (status)
            *status = Status::internal(q.lastError().text());
        return result;
    }
    while (q.next())
        result << fromRow(q);
    return result;
}

QList<ChannelTemplate> TemplateStore::history(const QString& channel, const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT " + kColumns +
              u" FROM channel_templates WHERE channel = ? AND name = ? ORDER BY version DESC");
    q.bindValue(0, channel);
    q.bindValue(1, name);
    QList<ChannelTemplate> result;
    if (q.exec())
        while (q.next())
            result << fromRow(q);
    return result;
}

std::optional<ChannelTemplate> TemplateStore::version(const QString& channel, const QString& name,
                                                      int version) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT " + kColumns +
              u" FROM channel_templates WHERE channel = ? AND name = ? AND version = ?");
    q.bindValue(0, channel);
    q.bindValue(1, name);
    q.bindValue(2, version);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<ChannelTemplate> TemplateStore::add(const QString& channel, const QString& name,
                                                  const QString& source, const QString& author,
                                                  Status* status)
{
    Transaction transaction(m_db, m_dialect);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(version), 0) FROM channel_templates WHERE channel = ? AND name = ?"));
    q.bindValue(0, channel);
    q.bindValue(1, name);
    if (!q.exec() || !q.next()) {
        *status = Status::internal(q.lastError().text());
        return std::nullopt;
    }
    ChannelTemplate t{channel, name,   q.value(0).toInt() + 1,
                      source,  author, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    q.prepare(u"INSERT INTO channel_templates (" + kColumns + u") VALUES (?, ?, ?, ?, ?, ?)");
    const QVariantList values{t.channel, t.name, t.version, t.source, t.savedBy, t.savedAt};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *status = Status::internal(q.lastError().text());
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *status = Status::internal(transaction.errorText());
        return std::nullopt;
    }
    return t;
}

} // namespace facet
