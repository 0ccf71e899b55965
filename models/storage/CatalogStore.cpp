// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/CatalogStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::CatalogStore", text);
}

QString toJson(const Labels& labels)
{
    QJsonObject o;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

Labels labelsFrom(const QVariant& v)
{
    Labels labels;
    const QJsonObject o = objectFrom(v);
    for (auto it = o.begin(); it != o.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QStringList listFrom(const QVariant& v)
{
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

// Runs one prepared statement per item, binding values in order.
template <typename T, typename Bind>
Status upsertAll(QSqlDatabase db, const QString& sql, const QList<T>& items, Bind bind)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Status::internal(q.lastError().text());
    for (const T& item : items) {
        const QVariantList values = bind(item);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return Status::internal(QCoreApplication::translate("facet::CatalogStore", "cannot save “%1”: %2")
                                        .arg(item.code, q.lastError().text()));
    }
    return Status::ok();
}

QString upsertSql(const QString& table, const QStringList& columns)
{
    QStringList placeholders, updates;
    for (const QString& c : columns) {
        placeholders << QStringLiteral("?");
        if (c != u"code")
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (code) DO UPDATE SET %4")
        .arg(table, columns.join(u", "), placeholders.join(u", "), updates.join(u", "));
}

} // namespace

Status CatalogStore::load(QSqlDatabase db, Catalog* catalog)
{
    *catalog = {};
    QSqlQuery q(db);
    auto run = [&q](const char* sql) { return q.exec(QString::fromLatin1(sql)); };
    if (!run("SELECT code, label FROM locales ORDER BY sort_order, code"))
        return Status::internal(q.lastError().text());
    while (q.next())
        catalog->locales << Locale{q.value(0).toString(), q.value(1).toString()};
    if (!run("SELECT code, kind, labels, locales, required_level, settings FROM channels ORDER BY "
             "sort_order, code"))
        return Status::internal(q.lastError().text());
    while (q.next())
        catalog->channels << Channel{q.value(0).toString(), q.value(1).toString(), labelsFrom(q.value(2)),
                                     listFrom(q.value(3)),  q.value(4).toInt(),    objectFrom(q.value(5))};
    if (!run("SELECT code, labels, sort_order FROM attribute_groups ORDER BY sort_order, code"))
        return Status::internal(q.lastError().text());
    while (q.next())
        catalog->groups << AttributeGroup{q.value(0).toString(), labelsFrom(q.value(1)), q.value(2).toInt()};
    if (!run("SELECT code, type, group_code, localizable, scopable, labels, settings, sort_order FROM "
             "attributes "
             "ORDER BY sort_order, code"))
        return Status::internal(q.lastError().text());
    while (q.next()) {
        Attribute a;
        a.code = q.value(0).toString();
        a.type = attributeTypeFromCode(q.value(1).toString()).value_or(AttributeType::Text);
        a.group = q.value(2).toString();
        a.localizable = q.value(3).toBool();
        a.scopable = q.value(4).toBool();
        a.labels = labelsFrom(q.value(5));
        a.setSettingsJson(objectFrom(q.value(6)));
        a.sortOrder = q.value(7).toInt();
        catalog->attributes << a;
    }
    if (!run("SELECT code, labels, attributes, label_attribute, requirements FROM families ORDER BY code"))
        return Status::internal(q.lastError().text());
    while (q.next()) {
        Family f{
            q.value(0).toString(), labelsFrom(q.value(1)), listFrom(q.value(2)), q.value(3).toString(), {}};
        const QJsonObject requirements = objectFrom(q.value(4));
        for (auto it = requirements.begin(); it != requirements.end(); ++it) {
            QStringList codes;
            for (const QJsonValue& v : it.value().toArray())
                codes << v.toString();
            f.requirements.insert(it.key(), codes);
        }
        catalog->families << f;
    }
    if (!run("SELECT code, COALESCE(parent, ''), labels, sort_order FROM categories ORDER BY sort_order, "
             "code"))
        return Status::internal(q.lastError().text());
    while (q.next())
        catalog->categories << Category{q.value(0).toString(), q.value(1).toString(), labelsFrom(q.value(2)),
                                        q.value(3).toInt()};
    return Status::ok();
}

Status CatalogStore::check(const Catalog& c)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{1,100}$"));
    static const QRegularExpression localePattern(QStringLiteral("^[a-z]{2,3}_[A-Z]{2}$"));
    for (const Locale& l : c.locales) {
        if (!localePattern.match(l.code).hasMatch())
            return Status::invalid(tr("locale “%1” is not of the form en_US").arg(l.code));
    }
    auto checkCode = [](const QString& kind, const QString& code) {
        return codePattern.match(code).hasMatch()
                   ? Status::ok()
                   : Status::invalid(
                         tr("%1 code “%2” must be 1–100 lower-case letters, digits or “_”").arg(kind, code));
    };
    for (const Channel& ch : c.channels) {
        if (Status s = checkCode(tr("channel"), ch.code); !s)
            return s;
        if (!Channel::knownKinds().contains(ch.kind))
            return Status::invalid(tr("channel “%1” has the unknown kind “%2”").arg(ch.code, ch.kind));
        for (const QString& l : ch.locales) {
            if (!c.hasLocale(l))
                return Status::invalid(tr("channel “%1” names the unknown locale “%2”").arg(ch.code, l));
        }
    }
    for (const Attribute& a : c.attributes) {
        if (Status s = checkCode(tr("attribute"), a.code); !s)
            return s;
        bool groupKnown = false;
        for (const AttributeGroup& g : c.groups)
            groupKnown = groupKnown || g.code == a.group;
        if (!groupKnown)
            return Status::invalid(tr("attribute “%1” names the unknown group “%2”").arg(a.code, a.group));
    }
    for (const Family& f : c.families) {
        if (Status s = checkCode(tr("family"), f.code); !s)
            return s;
        for (const QString& a : f.attributes) {
            if (!c.attribute(a))
                return Status::invalid(tr("family “%1” names the unknown attribute “%2”").arg(f.code, a));
        }
        for (auto it = f.requirements.begin(); it != f.requirements.end(); ++it) {
            if (!c.channel(it.key()))
                return Status::invalid(
                    tr("family “%1” has requirements for the unknown channel “%2”").arg(f.code, it.key()));
            for (const QString& a : it.value()) {
                if (!f.attributes.contains(a))
                    return Status::invalid(
                        tr("family “%1” requires “%2”, which it does not have").arg(f.code, a));
            }
        }
    }
    for (const Category& cat : c.categories) {
        if (Status s = checkCode(tr("category"), cat.code); !s)
            return s;
    }
    return Status::ok();
}

Status CatalogStore::save(QSqlDatabase db, const Catalog& c)
{
    if (Status s = check(c); !s)
        return s;
    int order = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO locales (code, label, sort_order) VALUES (?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET label = excluded.label, sort_order = excluded.sort_order"));
    for (const Locale& l : c.locales) {
        q.bindValue(0, l.code);
        q.bindValue(1, l.label);
        q.bindValue(2, order++);
        if (!q.exec())
            return Status::internal(q.lastError().text());
    }
    order = 0;
    Status s = upsertAll(db,
                         upsertSql(QStringLiteral("channels"),
                                   {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("labels"),
                                    QStringLiteral("locales"), QStringLiteral("required_level"),
                                    QStringLiteral("settings"), QStringLiteral("sort_order")}),
                         c.channels, [&order](const Channel& ch) {
                             return QVariantList{ch.code,
                                                 ch.kind,
                                                 toJson(ch.labels),
                                                 ch.locales.join(u','),
                                                 ch.requiredLevel,
                                                 toJson(ch.settings),
                                                 order++};
                         });
    if (!s)
        return s;
    s = upsertAll(db,
                  upsertSql(QStringLiteral("attribute_groups"),
                            {QStringLiteral("code"), QStringLiteral("labels"), QStringLiteral("sort_order")}),
                  c.groups, [](const AttributeGroup& g) {
                      return QVariantList{g.code, toJson(g.labels), g.sortOrder};
                  });
    if (!s)
        return s;
    s = upsertAll(
        db,
        upsertSql(QStringLiteral("attributes"),
                  {QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("group_code"),
                   QStringLiteral("localizable"), QStringLiteral("scopable"), QStringLiteral("labels"),
                   QStringLiteral("settings"), QStringLiteral("sort_order")}),
        c.attributes, [](const Attribute& a) {
            return QVariantList{
                a.code,           attributeTypeCode(a.type), a.group,    int(a.localizable), int(a.scopable),
                toJson(a.labels), toJson(a.settingsJson()),  a.sortOrder};
        });
    if (!s)
        return s;
    s = upsertAll(db,
                  upsertSql(QStringLiteral("families"),
                            {QStringLiteral("code"), QStringLiteral("labels"), QStringLiteral("attributes"),
                             QStringLiteral("label_attribute"), QStringLiteral("requirements")}),
                  c.families, [](const Family& f) {
                      QJsonObject requirements;
                      for (auto it = f.requirements.begin(); it != f.requirements.end(); ++it)
                          requirements.insert(it.key(), QJsonArray::fromStringList(it.value()));
                      return QVariantList{f.code, toJson(f.labels), f.attributes.join(u','), f.labelAttribute,
                                          toJson(requirements)};
                  });
    if (!s)
        return s;
    // Parents before children, so the foreign key holds at every insert.
    QList<Category> ordered;
    QStringList placed;
    while (ordered.size() < c.categories.size()) {
        const qsizetype before = ordered.size();
        for (const Category& cat : c.categories) {
            if (!placed.contains(cat.code) && (cat.parent.isEmpty() || placed.contains(cat.parent) ||
                                               (!c.category(cat.parent) && cat.parent.size()))) {
                ordered << cat;
                placed << cat.code;
            }
        }
        if (ordered.size() == before)
            return Status::invalid(tr("the category tree has a cycle"));
    }
    return upsertAll(
        db,
        upsertSql(QStringLiteral("categories"), {QStringLiteral("code"), QStringLiteral("parent"),
                                                 QStringLiteral("labels"), QStringLiteral("sort_order")}),
        ordered, [](const Category& cat) {
            return QVariantList{cat.code, cat.parent.isEmpty() ? QVariant() : QVariant(cat.parent),
                                toJson(cat.labels), cat.sortOrder};
        });
}

} // namespace facet
