// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/SqlValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

QString labelsToJson(const Labels& labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Labels labelsFromJson(const QString& json)
{
    Labels labels;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

Status execWith(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        query.bindValue(
            i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!query.exec())
        return Status::internal(query.lastError().text());
    return Status::ok();
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

void bindList(QSqlQuery& query, const QStringList& values)
{
    if (values.isEmpty())
        query.addBindValue(QString());
    for (const QString& v : values)
        query.addBindValue(v);
}

} // namespace facet
