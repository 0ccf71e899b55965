// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/AkeneoExporter.h"

#include "models/exchange/AkeneoColumn.h"
#include "models/exchange/AkeneoStructure.h"
#include "models/exchange/CsvWriter.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AkeneoExporter", text);
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QStringList labelColumns(const QStringList& locales)
{
    QStringList h;
    for (const QString& l : locales)
        h << QStringLiteral("label-") + l;
    return h;
}

QStringList labelValues(const Labels& labels, const QStringList& locales)
{
    QStringList v;
    for (const QString& l : locales)
        v << labels.value(l);
    return v;
}

// File names become part of a path: keep them to one harmless path segment.
QString safeFileName(const QString& name)
{
    QString s = name;
    for (QChar& c : s) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 32)
            c = u'_';
    }
    if (s.isEmpty() || s == u"." || s == u"..")
        s = QStringLiteral("file");
    return s;
}

} // namespace

AkeneoExporter::AkeneoExporter(Workspace& workspace)
    : m_workspace(workspace)
{
}

Status AkeneoExporter::exportTo(const QString& folder, ExportReport* report, const Progress& progress)
{
    ExportReport local;
    ExportReport& r = report ? *report : local;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Status::invalid(tr("cannot create the folder %1").arg(folder));
    const Catalog& catalog = m_workspace.catalog();
    const QStringList locales = catalog.localeCodes();
    auto write = [&](const QString& name, const QByteArray& content) -> Status {
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            return Status::invalid(tr("cannot write %1: %2").arg(dir.filePath(name), f.errorString()));
        r.files << name;
        return Status::ok();
    };

    QByteArray out;
    CsvWriter::appendRow(out, {QStringLiteral("code"), QStringLiteral("label")});
    for (const Locale& l : catalog.locales)
        CsvWriter::appendRow(out, {l.code, l.label});
    if (Status s = write(QStringLiteral("locales.csv"), out); !s)
        return s;

    out.clear();
    CsvWriter::appendRow(out, QStringList{QStringLiteral("code")} + labelColumns(locales) +
                                  QStringList{QStringLiteral("currencies"), QStringLiteral("locales"),
                                              QStringLiteral("tree"), QStringLiteral("facet_kind"),
                                              QStringLiteral("facet_required_level"),
                                              QStringLiteral("facet_settings")});
    for (const Channel& c : catalog.channels)
        CsvWriter::appendRow(
            out, QStringList{c.code} + labelValues(c.labels, locales) +
                     QStringList{
                         QString(), c.locales.join(u','), QString(), c.kind, QString::number(c.requiredLevel),
                         QString::fromUtf8(QJsonDocument(c.settings).toJson(QJsonDocument::Compact))});
    if (Status s = write(QStringLiteral("channels.csv"), out); !s)
        return s;

    out.clear();
    CsvWriter::appendRow(out, QStringList{QStringLiteral("code")} + labelColumns(locales) +
                                  QStringList{QStringLiteral("attributes"), QStringLiteral("sort_order")});
    for (const AttributeGroup& g : catalog.groups) {
        QStringList members;
        for (const Attribute& a : catalog.attributes) {
            if (a.group == g.code)
                members << a.code;
        }
        CsvWriter::appendRow(out, QStringList{g.code} + labelValues(g.labels, locales) +
                                      QStringList{members.join(u','), QString::number(g.sortOrder)});
    }
    if (Status s = write(QStringLiteral("attribute_groups.csv"), out); !s)
        return s;

    out.clear();
    QByteArray options;
    CsvWriter::appendRow(
        out, QStringList{QStringLiteral("code")} + labelColumns(locales) +
                 QStringList{QStringLiteral("type"), QStringLiteral("group"), QStringLiteral("localizable"),
                             QStringLiteral("scopable"), QStringLiteral("sort_order"),
                             QStringLiteral("max_characters"), QStringLiteral("number_min"),
                             QStringLiteral("number_max"), QStringLiteral("decimals_allowed"),
                             QStringLiteral("default_metric_unit"), QStringLiteral("wysiwyg_enabled"),
                             QStringLiteral("facet_type"), QStringLiteral("facet_units"),
                             QStringLiteral("facet_currencies")});
    CsvWriter::appendRow(options, QStringList{QStringLiteral("attribute"), QStringLiteral("code"),
                                              QStringLiteral("sort_order")} +
                                      labelColumns(locales));
    for (const Attribute& a : catalog.attributes) {
        CsvWriter::appendRow(
            out, QStringList{a.code} + labelValues(a.labels, locales) +
                     QStringList{AkeneoStructure::akeneoType(a.type), a.group, flag(a.localizable),
                                 flag(a.scopable), QString::number(a.sortOrder),
                                 a.rules.maxLength > 0 ? QString::number(a.rules.maxLength) : QString(),
                                 number(a.rules.minimum), number(a.rules.maximum),
                                 a.type == AttributeType::Number ? flag(a.rules.decimalsAllowed) : QString(),
                                 a.rules.units.value(0),
                                 a.type == AttributeType::RichText ? QStringLiteral("1") : QString(),
                                 attributeTypeCode(a.type), a.rules.units.join(u','),
                                 a.rules.currencies.join(u',')});
        int order = 0;
        for (const AttributeOption& o : a.options)
            CsvWriter::appendRow(options, QStringList{a.code, o.code, QString::number(order++)} +
                                              labelValues(o.labels, locales));
    }
    if (Status s = write(QStringLiteral("attributes.csv"), out); !s)
        return s;
    if (Status s = write(QStringLiteral("attribute_options.csv"), options); !s)
        return s;

    out.clear();
    QStringList familyHeader =
        QStringList{QStringLiteral("code")} + labelColumns(locales) +
        QStringList{QStringLiteral("attributes"), QStringLiteral("attribute_as_label")};
    for (const Channel& c : catalog.channels)
        familyHeader << QStringLiteral("requirements-") + c.code;
    CsvWriter::appendRow(out, familyHeader);
    for (const Family& f : catalog.families) {
        QStringList row = QStringList{f.code} + labelValues(f.labels, locales) +
                          QStringList{f.attributes.join(u','), f.labelAttribute};
        for (const Channel& c : catalog.channels)
            row << f.requirements.value(c.code).join(u',');
        CsvWriter::appendRow(out, row);
    }
    if (Status s = write(QStringLiteral("families.csv"), out); !s)
        return s;

    out.clear();
    CsvWriter::appendRow(out, QStringList{QStringLiteral("code"), QStringLiteral("parent")} +
                                  labelColumns(locales));
    for (const Category& c : catalog.categories)
        CsvWriter::appendRow(out, QStringList{c.code, c.parent} + labelValues(c.labels, locales));
    if (Status s = write(QStringLiteral("categories.csv"), out); !s)
        return s;

    // Products: one column per attribute and scope the structure allows.
    QString identifier = QStringLiteral("sku");
    for (const Attribute& a : catalog.attributes) {
        if (a.type == AttributeType::Identifier) {
            identifier = a.code;
            break;
        }
    }
    struct Column
    {
        const Attribute* attribute;
        ValueKey key;
        bool unit;
    };
    QList<Column> columns;
    QStringList header{identifier, QStringLiteral("family"), QStringLiteral("categories")};
    for (const Attribute& a : catalog.attributes) {
        if (a.type == AttributeType::Identifier)
            continue;
        const QStringList attributeLocales = a.localizable ? locales : QStringList{QString()};
        for (const QString& locale : attributeLocales) {
            QStringList channels{QString()};
            if (a.scopable) {
                for (const Channel& c : catalog.channels) {
                    if (locale.isEmpty() || c.locales.contains(locale))
                        channels << c.code;
                }
            }
            for (const QString& channel : channels) {
                const ValueKey key{a.code, locale, channel};
                columns << Column{&a, key, false};
                header << AkeneoColumn::headerFor(key);
                if (a.type == AttributeType::Metric) {
                    columns << Column{&a, key, true};
                    header << AkeneoColumn::headerFor(key, QStringLiteral("unit"));
                }
            }
        }
    }
    QHash<qint64, QString> assetPaths;
    for (const Asset& asset : m_workspace.assets())
        assetPaths.insert(
            asset.id, QStringLiteral("files/%1/%2").arg(asset.sha256.left(16), safeFileName(asset.fileName)));
    QSet<qint64> written;
    QFile products(dir.filePath(QStringLiteral("products.csv")));
    if (!products.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::invalid(tr("cannot write %1: %2").arg(products.fileName(), products.errorString()));
    out.clear();
    CsvWriter::appendRow(out, header);
    const qint64 total = m_workspace.productCount();
    ProductQuery query;
    query.sortColumn = ProductQuery::SortColumn::Sku;
    query.limit = 500;
    for (;;) {
        Status status;
        const QList<ProductRow> page = m_workspace.products(query, &status);
        if (!status)
            return status;
        if (page.isEmpty())
            break;
        QStringList skus;
        for (const ProductRow& row : page)
            skus << row.sku;
        QList<MasterRecord> records = m_workspace.records(skus, &status);
        if (!status)
            return status;
        std::sort(records.begin(), records.end(),
                  [](const MasterRecord& a, const MasterRecord& b) { return a.sku < b.sku; });
        for (const MasterRecord& record : std::as_const(records)) {
            QStringList categories = record.categories;
            categories.sort();
            QStringList row{record.sku, record.family, categories.join(u',')};
            for (const Column& c : std::as_const(columns)) {
                const auto it = record.values.constFind(c.key);
                if (it == record.values.constEnd()) {
                    row << QString();
                    continue;
                }
                const QJsonValue& v = *it;
                if (c.unit) {
                    row << v.toObject().value(u"unit").toString();
                    continue;
                }
                ++r.values;
                switch (c.attribute->type) {
                case AttributeType::Metric:
                    row << QString::number(v.toObject().value(u"amount").toDouble(), 'g', 15);
                    break;
                case AttributeType::Asset: {
                    const qint64 id = qint64(v.toDouble());
                    const QString path = assetPaths.value(id);
                    if (!path.isEmpty() && !written.contains(id)) {
                        const auto asset = m_workspace.asset(id);
                        if (asset) {
                            QDir().mkpath(QFileInfo(dir.filePath(path)).absolutePath());
                            QFile f(dir.filePath(path));
                            if (!f.open(QIODevice::WriteOnly) ||
                                f.write(asset->content) != asset->content.size())
                                return Status::invalid(
                                    tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
                            ++r.mediaFiles;
                        }
                        written.insert(id);
                    }
                    row << path;
                    break;
                }
                default:
                    row << c.attribute->format(v);
                }
            }
            CsvWriter::appendRow(out, row);
            ++r.products;
        }
        if (products.write(out) != out.size())
            return Status::invalid(
                tr("cannot write %1: %2").arg(products.fileName(), products.errorString()));
        out.clear();
        if (progress && !progress(r.products, total))
            return Status::invalid(tr("cancelled; the export in %1 is incomplete").arg(folder));
        query.afterValue = page.last().sku;
        query.afterId = page.last().id;
    }
    if (products.write(out) != out.size())
        return Status::invalid(tr("cannot write %1: %2").arg(products.fileName(), products.errorString()));
    r.files << QStringLiteral("products.csv");
    return Status::ok();
}

} // namespace facet
