// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/AkeneoStructure.h"

#include "models/exchange/AkeneoColumn.h"
#include "models/exchange/CsvReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AkeneoStructure", text);
}

ImportIssue issue(const QString& file, qsizetype line, const QString& reason, const QString& column = {},
                  const QString& value = {})
{
    ImportIssue i;
    i.file = file;
    i.line = line;
    i.reason = reason;
    i.column = column;
    i.value = value;
    return i;
}

bool truthy(const QString& v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
}

QStringList codeList(const QString& v)
{
    QStringList list;
    for (const QString& s : v.split(u',', Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            list << s.trimmed();
    }
    return list;
}

template <typename T> T* findCode(QList<T>& list, const QString& code)
{
    for (T& item : list) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

void ensureLocale(Catalog& catalog, const QString& code, ImportReport& report)
{
    if (catalog.hasLocale(code))
        return;
    catalog.locales << Locale{code, code};
    report.localesCreated << code;
}

} // namespace

std::optional<AkeneoStructure::File> AkeneoStructure::fileKind(const QString& fileName)
{
    const QString base = fileName.toLower();
    for (File kind : applyOrder()) {
        if (base == AkeneoStructure::fileName(kind))
            return kind;
    }
    return std::nullopt;
}

QString AkeneoStructure::fileName(File kind)
{
    switch (kind) {
    case File::Locales:
        return QStringLiteral("locales.csv");
    case File::Channels:
        return QStringLiteral("channels.csv");
    case File::AttributeGroups:
        return QStringLiteral("attribute_groups.csv");
    case File::Attributes:
        return QStringLiteral("attributes.csv");
    case File::AttributeOptions:
        return QStringLiteral("attribute_options.csv");
    case File::Families:
        return QStringLiteral("families.csv");
    case File::Categories:
        return QStringLiteral("categories.csv");
    }
    return {};
}

QList<AkeneoStructure::File> AkeneoStructure::applyOrder()
{
    return {File::Locales,          File::Channels, File::AttributeGroups, File::Attributes,
            File::AttributeOptions, File::Families, File::Categories};
}

std::optional<CsvTable> AkeneoStructure::readTable(const QString& name, const QByteArray& data,
                                                   ImportReport& report)
{
    CsvReader reader(data);
    if (!reader.next()) {
        report.issues << issue(name, 1, reader.error().isEmpty() ? tr("the file is empty") : reader.error());
        return std::nullopt;
    }
    if (!reader.isValidUtf8()) {
        report.issues << issue(name, 1, tr("the header is not valid UTF-8; save the file as UTF-8"));
        return std::nullopt;
    }
    CsvTable table;
    table.header = reader.fields();
    const char guessed = CsvReader::guessDelimiter(reader.recordBytes());
    if (table.header.size() == 1 && guessed != ';') {
        report.issues << issue(
            name, 1,
            tr("the fields are separated by “%1”; Akeneo files use “;”")
                .arg(guessed == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(guessed))));
        return std::nullopt;
    }
    for (QString& h : table.header)
        h = h.trimmed();
    while (reader.next()) {
        if (!reader.isValidUtf8()) {
            report.issues << issue(name, reader.line(), tr("the row is not valid UTF-8; it was skipped"));
            continue;
        }
        if (reader.fieldCount() == 1 && reader.fieldBytes(0).isEmpty())
            continue; // a blank line
        if (reader.fieldCount() != table.header.size()) {
            report.issues << issue(name, reader.line(),
                                   tr("the row has %1 fields, the header %2; it was skipped")
                                       .arg(reader.fieldCount())
                                       .arg(table.header.size()));
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < table.header.size(); ++i)
            row.insert(table.header.at(i), reader.field(i));
        table.rows << row;
        table.lines << reader.line();
    }
    if (!reader.error().isEmpty())
        report.issues << issue(name, 0, reader.error());
    return table;
}

Labels AkeneoStructure::labelsOf(const QHash<QString, QString>& row)
{
    Labels labels;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().startsWith(u"label-") && !it.value().isEmpty())
            labels.insert(it.key().mid(6), it.value());
    }
    return labels;
}

std::optional<AttributeType> AkeneoStructure::typeFromAkeneo(const QString& type, bool wysiwyg)
{
    Q_UNUSED(wysiwyg)
    static const QHash<QString, AttributeType> types{
        {QStringLiteral("pim_catalog_identifier"), AttributeType::Identifier},
        {QStringLiteral("pim_catalog_text"), AttributeType::Text},
        {QStringLiteral("pim_catalog_textarea"), AttributeType::RichText},
        {QStringLiteral("pim_catalog_number"), AttributeType::Number},
        {QStringLiteral("pim_catalog_metric"), AttributeType::Metric},
        {QStringLiteral("pim_catalog_price_collection"), AttributeType::PriceCollection},
        {QStringLiteral("pim_catalog_boolean"), AttributeType::Boolean},
        {QStringLiteral("pim_catalog_date"), AttributeType::Date},
        {QStringLiteral("pim_catalog_simpleselect"), AttributeType::SimpleSelect},
        {QStringLiteral("pim_catalog_multiselect"), AttributeType::MultiSelect},
        {QStringLiteral("pim_catalog_image"), AttributeType::Asset},
        {QStringLiteral("pim_catalog_file"), AttributeType::Asset},
    };
    const auto it = types.constFind(type);
    if (it == types.constEnd())
        return std::nullopt;
    return *it;
}

QString AkeneoStructure::akeneoType(AttributeType type)
{
    switch (type) {
    case AttributeType::Identifier:
        return QStringLiteral("pim_catalog_identifier");
    case AttributeType::Text:
    case AttributeType::Gtin:
        return QStringLiteral("pim_catalog_text");
    case AttributeType::RichText:
        return QStringLiteral("pim_catalog_textarea");
    case AttributeType::Number:
        return QStringLiteral("pim_catalog_number");
    case AttributeType::Metric:
        return QStringLiteral("pim_catalog_metric");
    case AttributeType::PriceCollection:
        return QStringLiteral("pim_catalog_price_collection");
    case AttributeType::Boolean:
        return QStringLiteral("pim_catalog_boolean");
    case AttributeType::Date:
        return QStringLiteral("pim_catalog_date");
    case AttributeType::SimpleSelect:
        return QStringLiteral("pim_catalog_simpleselect");
    case AttributeType::MultiSelect:
        return QStringLiteral("pim_catalog_multiselect");
    case AttributeType::Asset:
        return QStringLiteral("pim_catalog_image");
    }
    return QStringLiteral("pim_catalog_text");
}

QString AkeneoStructure::kindForChannelCode(const QString& code)
{
    const QString c = code.toLower();
    static const QList<std::pair<const char*, const char*>> hints{
        {"print", "print"}, {"email", "email"},         {"mail", "email"},       {"sms", "sms"},
        {"push", "push"},   {"feed", "feed"},           {"google", "feed"},      {"merchant", "feed"},
        {"twitter", "x"},   {"instagram", "instagram"}, {"linkedin", "linkedin"}};
    for (const auto& [hint, kind] : hints) {
        if (c.contains(QLatin1StringView(hint)))
            return QString::fromLatin1(kind);
    }
    if (c == u"x")
        return QStringLiteral("x");
    return QStringLiteral("web");
}

bool AkeneoStructure::apply(File kind, const QString& name, const CsvTable& table, Catalog& catalog,
                            ImportReport& report)
{
    bool changed = false;
    auto need = [&](const QString& column) {
        if (table.header.contains(column))
            return true;
        report.issues << issue(name, 1, tr("the column “%1” is missing; the file was skipped").arg(column));
        return false;
    };
    if (!need(kind == File::AttributeOptions ? QStringLiteral("attribute") : QStringLiteral("code")))
        return false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QHash<QString, QString>& row = table.rows.at(r);
        const qsizetype line = table.lines.at(r);
        const QString code = row.value(QStringLiteral("code")).trimmed();
        auto reject = [&](const QString& reason, const QString& column = {}, const QString& value = {}) {
            report.issues << issue(name, line, reason, column, value);
        };
        if (code.isEmpty()) {
            reject(tr("the row has no code"), QStringLiteral("code"));
            continue;
        }
        switch (kind) {
        case File::Locales: {
            if (!AkeneoColumn::isLocaleCode(code)) {
                reject(tr("“%1” is not a locale in Akeneo's format, such as en_US").arg(code),
                       QStringLiteral("code"), code);
                continue;
            }
            if (!catalog.hasLocale(code)) {
                const QString label = row.value(QStringLiteral("label"));
                catalog.locales << Locale{code, label.isEmpty() ? code : label};
                report.localesCreated << code;
                changed = true;
            }
            break;
        }
        case File::Channels: {
            if (catalog.channel(code))
                break;
            Channel channel;
            channel.code = code;
            channel.labels = labelsOf(row);
            channel.kind = row.value(QStringLiteral("facet_kind"));
            if (!Channel::knownKinds().contains(channel.kind)) {
                channel.kind = kindForChannelCode(code);
                report.inferred << tr("channel %1: kind %2, from its code").arg(code, channel.kind);
            }
            channel.requiredLevel = row.value(QStringLiteral("facet_required_level")).toInt();
            channel.settings =
                QJsonDocument::fromJson(row.value(QStringLiteral("facet_settings")).toUtf8()).object();
            bool localesOk = true;
            for (const QString& l : codeList(row.value(QStringLiteral("locales")))) {
                if (!AkeneoColumn::isLocaleCode(l)) {
                    reject(tr("“%1” is not a locale in Akeneo's format, such as en_US").arg(l),
                           QStringLiteral("locales"), l);
                    localesOk = false;
                    continue;
                }
                ensureLocale(catalog, l, report);
                channel.locales << l;
            }
            if (!localesOk && channel.locales.isEmpty())
                continue;
            catalog.channels << channel;
            report.channelsCreated << code;
            changed = true;
            break;
        }
        case File::AttributeGroups: {
            if (findCode(catalog.groups, code))
                break;
            catalog.groups << AttributeGroup{code, labelsOf(row),
                                             row.value(QStringLiteral("sort_order")).toInt()};
            report.groupsCreated << code;
            changed = true;
            break;
        }
        case File::Attributes: {
            if (catalog.attribute(code))
                break;
            const QString akeneo = row.value(QStringLiteral("type"));
            std::optional<AttributeType> type;
            if (const QString facetType = row.value(QStringLiteral("facet_type")); !facetType.isEmpty())
                type = attributeTypeFromCode(facetType);
            if (!type)
                type = typeFromAkeneo(akeneo, truthy(row.value(QStringLiteral("wysiwyg_enabled"))));
            if (!type) {
                reject(tr("the attribute type “%1” is not supported; the attribute and its columns are "
                          "skipped")
                           .arg(akeneo),
                       QStringLiteral("type"), akeneo);
                continue;
            }
            Attribute a;
            a.code = code;
            a.type = *type;
            a.labels = labelsOf(row);
            a.group = row.value(QStringLiteral("group")).trimmed();
            if (a.group.isEmpty())
                a.group = QStringLiteral("other");
            if (!findCode(catalog.groups, a.group)) {
                catalog.groups << AttributeGroup{a.group, {}, int(catalog.groups.size())};
                report.groupsCreated << a.group;
            }
            a.localizable = truthy(row.value(QStringLiteral("localizable")));
            a.scopable = truthy(row.value(QStringLiteral("scopable")));
            a.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
            a.rules.maxLength = row.value(QStringLiteral("max_characters")).toInt();
            bool ok = false;
            if (const double v = row.value(QStringLiteral("number_min")).toDouble(&ok); ok)
                a.rules.minimum = v;
            if (const double v = row.value(QStringLiteral("number_max")).toDouble(&ok); ok)
                a.rules.maximum = v;
            if (row.contains(QStringLiteral("decimals_allowed")) &&
                !row.value(QStringLiteral("decimals_allowed")).isEmpty())
                a.rules.decimalsAllowed = truthy(row.value(QStringLiteral("decimals_allowed")));
            if (const QString unit = row.value(QStringLiteral("default_metric_unit")); !unit.isEmpty())
                a.rules.units << unit;
            for (const QString& unit : codeList(row.value(QStringLiteral("facet_units")))) {
                if (!a.rules.units.contains(unit))
                    a.rules.units << unit;
            }
            a.rules.currencies = codeList(row.value(QStringLiteral("facet_currencies")));
            catalog.attributes << a;
            report.attributesCreated << code;
            changed = true;
            break;
        }
        case File::AttributeOptions: {
            const QString attributeCode = row.value(QStringLiteral("attribute")).trimmed();
            Attribute* a = findCode(catalog.attributes, attributeCode);
            if (!a || (a->type != AttributeType::SimpleSelect && a->type != AttributeType::MultiSelect)) {
                reject(tr("“%1” is not a select attribute").arg(attributeCode), QStringLiteral("attribute"),
                       attributeCode);
                continue;
            }
            if (a->hasOption(code))
                break;
            a->options << AttributeOption{code, labelsOf(row)};
            ++report.optionsCreated;
            changed = true;
            break;
        }
        case File::Families: {
            Family* existing = findCode(catalog.families, code);
            Family f = existing ? *existing : Family{code, labelsOf(row), {}, {}, {}};
            bool familyChanged = false;
            for (const QString& a : codeList(row.value(QStringLiteral("attributes")))) {
                if (!catalog.attribute(a)) {
                    reject(tr("family “%1” names the unknown attribute “%2”; it is left out").arg(code, a),
                           QStringLiteral("attributes"), a);
                    continue;
                }
                if (!f.attributes.contains(a)) {
                    f.attributes << a;
                    familyChanged = true;
                }
            }
            if (!existing) {
                const QString labelAttribute = row.value(QStringLiteral("attribute_as_label"));
                if (f.attributes.contains(labelAttribute))
                    f.labelAttribute = labelAttribute;
            }
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (!it.key().startsWith(u"requirements-"))
                    continue;
                const QString channel = it.key().mid(13);
                if (!catalog.channel(channel)) {
                    if (!codeList(it.value()).isEmpty())
                        reject(tr("requirements for the unknown channel “%1” are left out").arg(channel),
                               it.key());
                    continue;
                }
                QStringList required = f.requirements.value(channel);
                for (const QString& a : codeList(it.value())) {
                    if (f.attributes.contains(a) && !required.contains(a)) {
                        required << a;
                        familyChanged = true;
                    }
                }
                if (!required.isEmpty())
                    f.requirements.insert(channel, required);
            }
            if (existing) {
                if (familyChanged) {
                    *existing = f;
                    changed = true;
                    ImportIssue i = issue(name, line,
                                          tr("family “%1” gains the attributes or requirements the "
                                             "file adds")
                                              .arg(code));
                    i.severity = ImportIssue::Severity::Info;
                    report.issues << i;
                }
            } else {
                catalog.families << f;
                report.familiesCreated << code;
                changed = true;
            }
            break;
        }
        case File::Categories: {
            if (catalog.category(code))
                break;
            catalog.categories << Category{code, row.value(QStringLiteral("parent")).trimmed(), labelsOf(row),
                                           int(catalog.categories.size())};
            report.categoriesCreated << code;
            changed = true;
            break;
        }
        }
    }
    if (kind == File::Categories) {
        // A parent named but never defined would break the tree: make it a root.
        for (Category& c : catalog.categories) {
            if (!c.parent.isEmpty() && !catalog.category(c.parent)) {
                report.issues << issue(name, 0,
                                       tr("category “%1” names the unknown parent “%2”; it becomes a root")
                                           .arg(c.code, c.parent));
                c.parent.clear();
            }
        }
    }
    return changed;
}

} // namespace facet
