// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/AkeneoImporter.h"

#include "models/assets/AssetSniffer.h"
#include "models/exchange/AkeneoStructure.h"
#include "models/exchange/CsvReader.h"
#include "models/exchange/HtmlToRichText.h"
#include "models/record/Validator.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AkeneoImporter", text);
}

QStringList codeList(const QString& v)
{
    QStringList list;
    for (const QString& s : v.split(u',', Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            list << t;
    }
    return list;
}

bool isCode(QStringView s)
{
    if (s.isEmpty() || s.size() > 100)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

bool isNumber(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return re.match(s).hasMatch();
}

bool isPriceCollection(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^-?\\d+(\\.\\d+)? [A-Z]{3}(, ?-?\\d+(\\.\\d+)? [A-Z]{3})*$"));
    return re.match(s).hasMatch();
}

bool isMediaPath(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("\\.(jpe?g|png|webp|gif|svg|pdf|tiff?)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return !s.contains(u'\n') && re.match(s).hasMatch();
}

// Akeneo writes dates as 2024-05-01, sometimes with a midnight time; Facet stores the date.
QString dateOnly(const QString& s)
{
    if (s.size() > 10 && s.at(10) == u'T')
        return s.left(10);
    return s;
}

} // namespace

struct AkeneoImporter::Evidence
{
    qint64 nonEmpty = 0;
    bool allBool = true;
    bool allNumber = true;
    bool allDate = true;
    bool allPrice = true;
    bool allCode = true;
    bool allMedia = true;
    bool anyComma = false;
    bool anyMarkup = false;
    bool hasUnitColumn = false;
    bool hasCurrencyColumn = false;
    bool localized = false;
    bool scoped = false;
    QStringList distinct; // in order of appearance, at most a few hundred
    QStringList units;

    void add(const QString& v)
    {
        ++nonEmpty;
        allBool = allBool && (v == u"0" || v == u"1");
        allNumber = allNumber && isNumber(v);
        allDate = allDate && v.size() == 10 && QDate::fromString(v, Qt::ISODate).isValid();
        allPrice = allPrice && isPriceCollection(v);
        bool codes = true;
        for (const QString& part : v.split(u',')) {
            if (!isCode(part.trimmed()))
                codes = false;
        }
        allCode = allCode && codes;
        anyComma = anyComma || v.contains(u',');
        allMedia = allMedia && isMediaPath(v);
        anyMarkup = anyMarkup || v.contains(u'\n') || v.contains(u'<') || v.contains(QStringLiteral("\\n"));
        if (codes && distinct.size() < 500) {
            for (const QString& part : v.split(u',')) {
                if (!distinct.contains(part.trimmed()))
                    distinct << part.trimmed();
            }
        }
    }
};

AkeneoImporter::AkeneoImporter(Workspace& workspace, const ImportOptions& options)
    : m_workspace(workspace)
{
    m_plan.options = options;
}

AkeneoImporter::~AkeneoImporter()
{
    qDeleteAll(m_evidence);
}

ImportIssue AkeneoImporter::issue(const ProductFile& file, qsizetype line, const QString& reason) const
{
    ImportIssue i;
    i.file = file.name;
    i.line = line;
    i.reason = reason;
    return i;
}

Status AkeneoImporter::analyze()
{
    if (m_analyzed)
        return m_analyzeStatus;
    m_analyzed = true;
    m_plan.catalog = m_workspace.catalog();
    m_plan.report.dryRun = m_plan.options.dryRun;
    QList<std::pair<QString, QByteArray>> structureFiles;
    for (const QString& path : m_plan.options.files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_analyzeStatus = Status::invalid(tr("cannot read %1: %2").arg(path, f.errorString()));
            return m_analyzeStatus;
        }
        const QString name = QFileInfo(path).fileName();
        if (AkeneoStructure::fileKind(name)) {
            structureFiles.append({name, f.readAll()});
            m_plan.structureFiles << path;
        } else {
            ProductFile file;
            file.path = path;
            file.name = name;
            file.data = f.readAll();
            m_plan.productFiles << file;
        }
    }
    if (m_plan.productFiles.isEmpty()) {
        m_analyzeStatus = Status::invalid(tr("no product file among the files given (structure files "
                                             "alone cannot be imported yet)"));
        return m_analyzeStatus;
    }
    m_plan.mediaFolder =
        QDir::cleanPath(QFileInfo(m_plan.options.mediaFolder.isEmpty()
                                      ? QFileInfo(m_plan.productFiles.first().path).absolutePath()
                                      : m_plan.options.mediaFolder)
                            .absoluteFilePath());
    analyzeStructureFiles(structureFiles);
    for (ProductFile& file : m_plan.productFiles)
        analyzeProductFile(file);
    inferStructure();
    checkColumns();
    bool anyUsable = false;
    for (const ProductFile& file : std::as_const(m_plan.productFiles)) {
        anyUsable = anyUsable || file.usable;
        if (file.usable)
            m_plan.totalRows += file.rows;
    }
    // Structure files can also extend what exists (a family's attributes), which creates nothing.
    m_plan.structureChanged = m_plan.structureChanged || m_plan.report.structureChanged();
    if (!anyUsable) {
        QStringList reasons;
        for (const ImportIssue& i : std::as_const(m_plan.report.issues))
            reasons << i.toString();
        m_analyzeStatus = Status::invalid(tr("no product file can be read:\n%1").arg(reasons.join(u'\n')));
    }
    return m_analyzeStatus;
}

void AkeneoImporter::analyzeStructureFiles(const QList<std::pair<QString, QByteArray>>& files)
{
    for (const AkeneoStructure::File kind : AkeneoStructure::applyOrder()) {
        for (const auto& [name, data] : files) {
            if (AkeneoStructure::fileKind(name) != kind)
                continue;
            if (kind == AkeneoStructure::File::AttributeOptions)
                m_plan.optionsFileGiven = true;
            if (kind == AkeneoStructure::File::Categories)
                m_plan.categoriesFileGiven = true;
            if (const auto table = AkeneoStructure::readTable(name, data, m_plan.report)) {
                if (AkeneoStructure::apply(kind, name, *table, m_plan.catalog, m_plan.report))
                    m_plan.structureChanged = true;
            }
        }
    }
}

void AkeneoImporter::analyzeProductFile(ProductFile& file)
{
    ImportReport& report = m_plan.report;
    CsvReader reader(file.data);
    if (!reader.next()) {
        report.issues << issue(file, 1, reader.error().isEmpty() ? tr("the file is empty") : reader.error());
        return;
    }
    if (!reader.isValidUtf8()) {
        report.issues << issue(file, 1, tr("the header is not valid UTF-8; save the file as UTF-8"));
        return;
    }
    const QStringList header = reader.fields();
    const char guessed = CsvReader::guessDelimiter(reader.recordBytes());
    if (header.size() == 1 && guessed != ';') {
        report.issues << issue(
            file, 1,
            tr("the fields are separated by “%1”; Akeneo files use “;”")
                .arg(guessed == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(guessed))));
        return;
    }
    AkeneoColumn::Context context;
    QString identifier;
    for (const Attribute& a : std::as_const(m_plan.catalog.attributes)) {
        if (a.type == AttributeType::Identifier && header.contains(a.code))
            identifier = a.code;
    }
    if (identifier.isEmpty())
        identifier =
            header.contains(QStringLiteral("sku")) ? QStringLiteral("sku") : header.first().trimmed();
    context.identifier = identifier;
    if (m_plan.identifier.isEmpty())
        m_plan.identifier = identifier;
    for (const Channel& c : std::as_const(m_plan.catalog.channels))
        context.channels.insert(c.code);
    QSet<QString> seenHeaders;
    for (const QString& h : header) {
        AkeneoColumn column = AkeneoColumn::parse(h, context);
        if (seenHeaders.contains(h.trimmed()) && column.kind != AkeneoColumn::Kind::Invalid) {
            column.kind = AkeneoColumn::Kind::Invalid;
            column.error = tr("the column appears twice; only the first is read");
        }
        seenHeaders.insert(h.trimmed());
        file.columns << column;
    }
    // A unit column needs its amount column.
    for (AkeneoColumn& c : file.columns) {
        if (c.kind != AkeneoColumn::Kind::Unit)
            continue;
        bool found = false;
        for (const AkeneoColumn& v : std::as_const(file.columns))
            found = found || (v.kind == AkeneoColumn::Kind::Value && v.key() == c.key());
        if (!found) {
            c.kind = AkeneoColumn::Kind::Invalid;
            c.error = tr("a unit column without the column “%1” it belongs to").arg(c.key().toString());
        }
    }
    for (const AkeneoColumn& c : std::as_const(file.columns)) {
        ImportIssue i = issue(file, 1, {});
        i.column = c.header;
        switch (c.kind) {
        case AkeneoColumn::Kind::Invalid:
            i.reason = tr("column skipped: %1").arg(c.error);
            report.issues << i;
            break;
        case AkeneoColumn::Kind::Association:
            i.severity = ImportIssue::Severity::Warning;
            i.reason = tr("column not imported: Facet has no product associations (%1 with %2)")
                           .arg(c.association, c.target);
            report.issues << i;
            break;
        case AkeneoColumn::Kind::Groups:
            i.severity = ImportIssue::Severity::Warning;
            i.reason = tr("column not imported: Facet has no product groups");
            report.issues << i;
            break;
        case AkeneoColumn::Kind::Parent:
            i.severity = ImportIssue::Severity::Warning;
            i.reason = tr("column not imported: Facet has no product models; each row is imported as a "
                          "product of its own");
            report.issues << i;
            break;
        case AkeneoColumn::Kind::Enabled:
            i.severity = ImportIssue::Severity::Info;
            i.reason = tr("column not imported: channels receive a product through its workflow stage, "
                          "not an enabled flag");
            report.issues << i;
            break;
        default:
            break;
        }
        if (c.isAttributeColumn()) {
            if (!c.locale.isEmpty() && !m_localesSeen.contains(c.locale))
                m_localesSeen << c.locale;
            if (!c.channel.isEmpty() && !m_channelsSeen.contains(c.channel))
                m_channelsSeen << c.channel;
            if (!c.channel.isEmpty() && !c.locale.isEmpty() &&
                !m_channelLocalesSeen[c.channel].contains(c.locale))
                m_channelLocalesSeen[c.channel] << c.locale;
            if (!m_plan.catalog.attribute(c.attribute)) {
                Evidence*& e = m_evidence[c.attribute];
                if (!e)
                    e = new Evidence;
                e->localized = e->localized || !c.locale.isEmpty();
                e->scoped = e->scoped || !c.channel.isEmpty();
                e->hasUnitColumn = e->hasUnitColumn || c.kind == AkeneoColumn::Kind::Unit;
                e->hasCurrencyColumn = e->hasCurrencyColumn || c.kind == AkeneoColumn::Kind::Currency;
            }
        }
    }
    qsizetype identifierIndex = -1, familyIndex = -1, categoriesIndex = -1;
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        const AkeneoColumn::Kind k = file.columns.at(i).kind;
        if (k == AkeneoColumn::Kind::Identifier && identifierIndex < 0)
            identifierIndex = i;
        else if (k == AkeneoColumn::Kind::Family)
            familyIndex = i;
        else if (k == AkeneoColumn::Kind::Categories)
            categoriesIndex = i;
    }
    if (identifierIndex < 0) {
        report.issues << issue(file, 1, tr("the file has no identifier column “%1”").arg(identifier));
        return;
    }
    file.usable = true;
    // First pass: count the rows and gather what inference needs. Rows with errors are reported on the
    // second pass, which is the one that rejects them.
    const qsizetype columnCount = file.columns.size();
    while (reader.next()) {
        if (reader.fieldCount() == 1 && reader.fieldBytes(0).isEmpty())
            continue;
        ++file.rows;
        if (reader.fieldCount() != columnCount || !reader.isValidUtf8())
            continue;
        QString family = familyIndex >= 0 ? reader.field(familyIndex).trimmed() : QString();
        if (family.isEmpty())
            family = QStringLiteral("default");
        const bool newFamily = !m_plan.catalog.family(family);
        QSet<QString>* familyAttributes = nullptr;
        if (newFamily) {
            if (!m_familyAttributes.contains(family))
                m_familyOrder << family;
            familyAttributes = &m_familyAttributes[family];
        }
        if (categoriesIndex >= 0 && !m_plan.categoriesFileGiven) {
            for (const QString& code : codeList(reader.field(categoriesIndex))) {
                if (!m_plan.catalog.category(code) && !m_categoriesSeen.contains(code)) {
                    m_categoriesSeen.insert(code);
                    m_categoryOrder << code;
                }
            }
        }
        for (qsizetype i = 0; i < columnCount; ++i) {
            const AkeneoColumn& c = file.columns.at(i);
            if (!c.isAttributeColumn() || reader.fieldBytes(i).isEmpty())
                continue;
            const QString value = reader.field(i).trimmed();
            if (value.isEmpty())
                continue;
            if (familyAttributes)
                familyAttributes->insert(c.attribute);
            if (Evidence* e = m_evidence.value(c.attribute)) {
                if (c.kind == AkeneoColumn::Kind::Value)
                    e->add(value);
                else if (c.kind == AkeneoColumn::Kind::Unit && !e->units.contains(value))
                    e->units << value;
                continue;
            }
            const Attribute* a = m_plan.catalog.attribute(c.attribute);
            if (!a)
                continue;
            if ((a->type == AttributeType::SimpleSelect || a->type == AttributeType::MultiSelect) &&
                !m_plan.optionsFileGiven && c.kind == AkeneoColumn::Kind::Value) {
                for (const QString& code : codeList(value)) {
                    if (!a->hasOption(code) && !m_optionsSeen[a->code].contains(code))
                        m_optionsSeen[a->code] << code;
                }
            }
            if (a->type == AttributeType::Metric && m_plan.report.attributesCreated.contains(a->code)) {
                QString unit;
                if (c.kind == AkeneoColumn::Kind::Unit)
                    unit = value;
                else if (value.contains(u' '))
                    unit = value.section(u' ', -1);
                if (!unit.isEmpty() && !a->rules.units.contains(unit) && !m_unitsSeen[a->code].contains(unit))
                    m_unitsSeen[a->code] << unit;
            }
        }
    }
}

void AkeneoImporter::inferStructure()
{
    Catalog& catalog = m_plan.catalog;
    ImportReport& report = m_plan.report;
    for (const QString& l : std::as_const(m_localesSeen)) {
        if (catalog.hasLocale(l))
            continue;
        catalog.locales << Locale{l, l};
        report.localesCreated << l;
        report.inferred << tr("locale %1, from the column headers").arg(l);
    }
    for (const QString& code : std::as_const(m_channelsSeen)) {
        if (catalog.channel(code))
            continue;
        Channel c;
        c.code = code;
        c.kind = AkeneoStructure::kindForChannelCode(code);
        c.locales = m_channelLocalesSeen.value(code);
        if (c.locales.isEmpty())
            c.locales = m_localesSeen.isEmpty() ? catalog.localeCodes() : m_localesSeen;
        catalog.channels << c;
        report.channelsCreated << code;
        report.inferred << tr("channel %1 (kind %2, locales %3), from the column headers")
                               .arg(code, c.kind, c.locales.join(u", "));
    }
    auto ensureGroup = [&](const QString& code) {
        for (const AttributeGroup& g : std::as_const(catalog.groups)) {
            if (g.code == code)
                return;
        }
        catalog.groups << AttributeGroup{
            code, {{QStringLiteral("en_US"), QStringLiteral("Other")}}, int(catalog.groups.size())};
        report.groupsCreated << code;
    };
    bool hasIdentifier = false;
    for (const Attribute& a : std::as_const(catalog.attributes))
        hasIdentifier = hasIdentifier || a.type == AttributeType::Identifier;
    if (!hasIdentifier && !m_plan.identifier.isEmpty()) {
        ensureGroup(QStringLiteral("other"));
        Attribute a;
        a.code = m_plan.identifier;
        a.type = AttributeType::Identifier;
        a.group = QStringLiteral("other");
        catalog.attributes << a;
        report.attributesCreated << a.code;
        report.inferred << tr("attribute %1: identifier, from the first column").arg(a.code);
    }
    // Attribute codes in the order the files name them.
    QStringList order;
    for (const ProductFile& file : std::as_const(m_plan.productFiles)) {
        for (const AkeneoColumn& c : file.columns) {
            if (c.isAttributeColumn() && m_evidence.contains(c.attribute) && !order.contains(c.attribute))
                order << c.attribute;
        }
    }
    for (const QString& code : std::as_const(order)) {
        if (code == m_plan.identifier)
            continue;
        const Evidence& e = *m_evidence.value(code);
        Attribute a;
        a.code = code;
        a.group = QStringLiteral("other");
        a.localizable = e.localized;
        a.scopable = e.scoped;
        a.sortOrder = int(catalog.attributes.size());
        QString why;
        const bool any = e.nonEmpty > 0;
        if (e.hasUnitColumn) {
            a.type = AttributeType::Metric;
            why = tr("it has a unit column");
        } else if (e.hasCurrencyColumn) {
            a.type = AttributeType::PriceCollection;
            why = tr("it has a column per currency");
        } else if (any && e.allPrice) {
            a.type = AttributeType::PriceCollection;
            why = tr("every value is a price such as “19.99 EUR”");
        } else if (any && e.allBool) {
            a.type = AttributeType::Boolean;
            why = tr("every value is 1 or 0");
        } else if (any && e.allNumber) {
            a.type = AttributeType::Number;
            why = tr("every value is a number");
        } else if (any && e.allDate) {
            a.type = AttributeType::Date;
            why = tr("every value is a date YYYY-MM-DD");
        } else if (any && e.allMedia) {
            a.type = AttributeType::Asset;
            why = tr("every value is an image or document file");
        } else if (any && e.anyMarkup) {
            a.type = AttributeType::RichText;
            why = tr("values hold HTML or line breaks");
        } else if (any && e.allCode && e.anyComma) {
            a.type = AttributeType::MultiSelect;
            why = tr("values are comma-separated codes");
        } else if (any && e.allCode && e.distinct.size() <= 100) {
            a.type = AttributeType::SimpleSelect;
            why = tr("values are a few codes");
        } else {
            a.type = AttributeType::Text;
            why = any ? tr("values are text") : tr("no values, so text");
        }
        if (a.type == AttributeType::SimpleSelect || a.type == AttributeType::MultiSelect) {
            for (const QString& option : e.distinct)
                a.options << AttributeOption{option, {}};
            report.optionsCreated += a.options.size();
        }
        if (a.type == AttributeType::Metric)
            a.rules.units = e.units;
        ensureGroup(a.group);
        catalog.attributes << a;
        report.attributesCreated << code;
        QStringList flags;
        if (a.localizable)
            flags << tr("localizable");
        if (a.scopable)
            flags << tr("scopable");
        report.inferred << tr("attribute %1: %2%3, because %4")
                               .arg(code, attributeTypeCode(a.type),
                                    flags.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(flags.join(u", ")),
                                    why);
    }
    for (auto it = m_optionsSeen.begin(); it != m_optionsSeen.end(); ++it) {
        for (Attribute& a : catalog.attributes) {
            if (a.code != it.key())
                continue;
            for (const QString& option : it.value())
                a.options << AttributeOption{option, {}};
            report.optionsCreated += it.value().size();
            report.inferred << tr("options of %1: %2, from the values").arg(a.code, it.value().join(u", "));
        }
    }
    for (auto it = m_unitsSeen.begin(); it != m_unitsSeen.end(); ++it) {
        for (Attribute& a : catalog.attributes) {
            if (a.code == it.key())
                a.rules.units << it.value();
        }
    }
    for (const QString& code : std::as_const(m_familyOrder)) {
        Family f;
        f.code = code;
        if (!m_plan.identifier.isEmpty())
            f.attributes << m_plan.identifier;
        const QSet<QString> used = m_familyAttributes.value(code);
        for (const Attribute& a : std::as_const(catalog.attributes)) {
            if (used.contains(a.code) && !f.attributes.contains(a.code))
                f.attributes << a.code;
        }
        for (const QString& candidate :
             {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("label")}) {
            const Attribute* a = catalog.attribute(candidate);
            if (f.labelAttribute.isEmpty() && a && f.attributes.contains(candidate) &&
                a->type == AttributeType::Text)
                f.labelAttribute = candidate;
        }
        catalog.families << f;
        report.familiesCreated << code;
        report.inferred << (code == u"default"
                                ? tr("family default, for products without a family (%1 attributes)")
                                      .arg(f.attributes.size())
                                : tr("family %1 with the %2 attributes its products use")
                                      .arg(code)
                                      .arg(f.attributes.size()));
        if (code == u"default")
            m_plan.defaultFamily = code;
    }
    if (m_plan.defaultFamily.isEmpty())
        m_plan.defaultFamily = QStringLiteral("default");
    for (const QString& code : std::as_const(m_categoryOrder)) {
        catalog.categories << Category{code, {}, {}, int(catalog.categories.size())};
        report.categoriesCreated << code;
    }
    if (!m_categoryOrder.isEmpty())
        report.inferred << tr("categories %1 as roots of the tree, from the categories column")
                               .arg(m_categoryOrder.join(QStringLiteral(", ")));
}

void AkeneoImporter::checkColumns()
{
    const Catalog& catalog = m_plan.catalog;
    for (ProductFile& file : m_plan.productFiles) {
        for (AkeneoColumn& c : file.columns) {
            if (!c.isAttributeColumn())
                continue;
            const Attribute* a = catalog.attribute(c.attribute);
            QString error;
            if (!a)
                error = tr("unknown attribute “%1”").arg(c.attribute);
            else if (a->type == AttributeType::Identifier)
                error = tr("“%1” is the identifier; only its own column holds it").arg(a->code);
            else if (!c.locale.isEmpty() && !a->localizable)
                error = tr("attribute “%1” is not localizable").arg(a->code);
            else if (c.locale.isEmpty() && a->localizable)
                error = tr("attribute “%1” is localizable: the column needs a locale, e.g. %1-%2")
                            .arg(a->code, catalog.defaultLocale());
            else if (!c.channel.isEmpty() && !a->scopable)
                error = tr("attribute “%1” has no per-channel values").arg(a->code);
            else if (!c.channel.isEmpty() && !catalog.channel(c.channel))
                error = tr("unknown channel “%1”").arg(c.channel);
            else if (!c.channel.isEmpty() && !c.locale.isEmpty() &&
                     !catalog.channel(c.channel)->locales.contains(c.locale))
                error = tr("channel “%1” does not publish in %2").arg(c.channel, c.locale);
            else if (c.kind == AkeneoColumn::Kind::Unit && a->type != AttributeType::Metric)
                error = tr("a unit column, but “%1” is not a metric").arg(a->code);
            else if (c.kind == AkeneoColumn::Kind::Currency && a->type != AttributeType::PriceCollection)
                error = tr("a currency column, but “%1” is not a price").arg(a->code);
            if (error.isEmpty()) {
                if (a->type == AttributeType::Asset)
                    file.hasAssetColumns = true;
                continue;
            }
            c.kind = AkeneoColumn::Kind::Invalid;
            c.error = error;
            ImportIssue i = issue(file, 1, tr("column skipped: %1").arg(error));
            i.column = c.header;
            m_plan.report.issues << i;
        }
    }
}

QString AkeneoImporter::cleanMediaPath(const QString& path) const
{
    return QDir::cleanPath(m_plan.mediaFolder + u'/' + path);
}

void AkeneoImporter::resolveAssets(const ProductFile& file, const Row& row, bool store)
{
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        const AkeneoColumn& c = file.columns.at(i);
        if (c.kind != AkeneoColumn::Kind::Value)
            continue;
        const Attribute* a = m_plan.catalog.attribute(c.attribute);
        const QString path = row.fields.at(i).trimmed();
        if (!a || a->type != AttributeType::Asset || path.isEmpty() || m_assetErrors.contains(path))
            continue;
        QString error;
        if (!resolveAsset(path, store, &error))
            m_assetErrors.insert(path, error);
    }
}

std::optional<qint64> AkeneoImporter::resolveAsset(const QString& path, bool store, QString* error)
{
    const QString root = m_plan.mediaFolder;
    if (QDir::isAbsolutePath(path) || path.startsWith(u'\\') || path.contains(u':')) {
        *error = tr("media paths must be relative to the import folder %1").arg(root);
        return std::nullopt;
    }
    const QString cleaned = cleanMediaPath(path);
    if (!cleaned.startsWith(root + u'/')) {
        *error = tr("the media path leads outside the import folder %1").arg(root);
        return std::nullopt;
    }
    if (const auto it = m_assetsByPath.constFind(cleaned); it != m_assetsByPath.constEnd())
        return *it;
    const QFileInfo info(cleaned);
    // A symbolic link inside the folder may still point outside it.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !info.isFile()) {
        *error = tr("no such file in the import folder");
        return std::nullopt;
    }
    if (!canonical.startsWith(canonicalRoot + u'/')) {
        *error = tr("the media path leads outside the import folder %1").arg(root);
        return std::nullopt;
    }
    QFile f(canonical);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the file: %1").arg(f.errorString());
        return std::nullopt;
    }
    const QByteArray content = f.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    qint64 id = 0;
    if (const auto it = m_assetsBySha.constFind(sha); it != m_assetsBySha.constEnd()) {
        id = *it;
        ++m_report.assetsDeduplicated;
        m_assetsByPath.insert(cleaned, id);
        return id;
    }
    // Media get the asset library's checks (content matches the type, no decompression bombs, safe SVG),
    // in a dry run too, so the report says beforehand which files will be refused.
    if (const AssetSniffer::Result sniffed = AssetSniffer::sniff(info.fileName(), content); !sniffed.ok()) {
        *error = sniffed.error;
        return std::nullopt;
    }
    if (!store) {
        id = 1'000'000'000'000 + ++m_dryRunAssetId;
        ++m_report.assetsStored;
    } else {
        Status status;
        const auto added = m_workspace.importAsset(info.fileName(), content, {}, &status);
        if (!added) {
            *error = status.message();
            return std::nullopt;
        }
        id = added->id;
        ++m_report.assetsStored;
    }
    m_assetsBySha.insert(sha, id);
    m_assetsByPath.insert(cleaned, id);
    return id;
}

AkeneoImporter::Converted AkeneoImporter::convert(const ProductFile& file, const Row& row,
                                                  const MasterRecord* existing,
                                                  const Catalog* prepareWith) const
{
    Converted c;
    const Catalog& catalog = m_plan.catalog;
    MasterRecord& r = c.record;
    QString sku;
    QString identifierColumn;
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        if (file.columns.at(i).kind == AkeneoColumn::Kind::Identifier) {
            sku = row.fields.at(i).trimmed();
            identifierColumn = file.columns.at(i).attribute;
            break;
        }
    }
    if (existing)
        r = *existing;
    r.sku = sku;
    auto reject = [&](const QString& column, const QString& value, const QString& reason) {
        ImportIssue i = issue(file, row.line, reason);
        i.sku = sku;
        i.column = column;
        i.value = value;
        c.issues << i;
        c.rejected = true;
    };
    bool familySet = false;
    QMap<ValueKey, QJsonObject> currencyPrices;
    QMap<ValueKey, QString> units;
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        const AkeneoColumn& col = file.columns.at(i);
        if (col.kind == AkeneoColumn::Kind::Unit)
            units.insert(col.key(), row.fields.at(i).trimmed());
    }
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        const AkeneoColumn& col = file.columns.at(i);
        const QString& raw = row.fields.at(i);
        switch (col.kind) {
        case AkeneoColumn::Kind::Family:
            if (!raw.trimmed().isEmpty()) {
                r.family = raw.trimmed();
                familySet = true;
            }
            continue;
        case AkeneoColumn::Kind::Categories:
            r.categories = codeList(raw);
            continue;
        case AkeneoColumn::Kind::Currency: {
            const QString amount = raw.trimmed();
            QJsonObject& prices = currencyPrices[col.key()];
            if (amount.isEmpty())
                continue;
            const Attribute* a = catalog.attribute(col.attribute);
            QString error;
            const auto parsed = a->parse(amount + u' ' + col.currency, &error);
            if (!parsed)
                reject(col.header, raw, error);
            else
                prices.insert(col.currency, parsed->toObject().value(col.currency));
            ++c.values;
            continue;
        }
        case AkeneoColumn::Kind::Value:
            break;
        default:
            continue;
        }
        const Attribute* a = catalog.attribute(col.attribute);
        const ValueKey key = col.key();
        QString text = raw;
        if (text.trimmed().isEmpty()) {
            r.values.remove(key); // an empty cell clears the value, as in Akeneo
            continue;
        }
        ++c.values;
        QString error;
        std::optional<QJsonValue> value;
        switch (a->type) {
        case AttributeType::RichText: {
            const HtmlToRichText::Result converted = HtmlToRichText::convert(text);
            if (!converted.dropped.isEmpty()) {
                ImportIssue w =
                    issue(file, row.line,
                          tr("markup dropped: %1").arg(converted.dropped.join(QStringLiteral(", "))));
                w.severity = ImportIssue::Severity::Warning;
                w.sku = sku;
                w.column = col.header;
                c.issues << w;
            }
            value = QJsonValue(converted.html);
            break;
        }
        case AttributeType::Metric: {
            const QString trimmed = text.trimmed();
            const QString unit = units.value(key);
            value =
                a->parse(trimmed.contains(u' ') || unit.isEmpty() ? trimmed : trimmed + u' ' + unit, &error);
            break;
        }
        case AttributeType::Date:
            value = a->parse(dateOnly(text.trimmed()), &error);
            break;
        case AttributeType::Asset: {
            const QString path = text.trimmed();
            const auto found = m_assetErrors.contains(path) ? m_assetsByPath.constEnd()
                                                            : m_assetsByPath.constFind(cleanMediaPath(path));
            if (found != m_assetsByPath.constEnd())
                value = QJsonValue(double(*found));
            else
                error = m_assetErrors.value(path, tr("no such file in the import folder"));
            break;
        }
        default:
            value = a->parse(text, &error);
            break;
        }
        if (!value) {
            reject(col.header, raw, error);
            continue;
        }
        r.setValue(key, *value);
    }
    for (auto it = currencyPrices.begin(); it != currencyPrices.end(); ++it)
        r.setValue(it.key(), it.value());
    if (!existing && !familySet)
        r.family = m_plan.defaultFamily;
    // In Akeneo the identifier is a value like any other; families that list it hold it as one.
    if (const Attribute* id = catalog.attribute(identifierColumn);
        id && id->type == AttributeType::Identifier && catalog.family(r.family) &&
        catalog.family(r.family)->attributes.contains(id->code))
        r.setValue(ValueKey{id->code, {}, {}}, QJsonValue(sku));
    if (c.rejected)
        return c;
    c.unchanged = existing && r == *existing;
    // A record to be written is prepared here (validation, canonical form, hash, completeness, search text),
    // on the conversion's threads: the workspace then writes it without validating it a second time.
    QList<ValidationError> errors;
    if (prepareWith && !c.unchanged) {
        c.prepared = PreparedRecord::prepare(*prepareWith, r);
        errors = c.prepared.errors;
    } else {
        errors = Validator::validate(catalog, r);
    }
    for (const ValidationError& e : errors) {
        QString column;
        QString value;
        if (e.rule == u"sku") {
            column = m_plan.identifier;
            value = sku;
        } else if (e.rule == u"family") {
            column = e.attribute.isEmpty() ? QStringLiteral("family")
                                           : ValueKey{e.attribute, e.locale, e.channel}.toString();
            value = e.attribute.isEmpty() ? r.family : QString();
        } else if (e.rule == u"category") {
            column = QStringLiteral("categories");
        } else {
            column = ValueKey{e.attribute, e.locale, e.channel}.toString();
            value = r.values.value(ValueKey{e.attribute, e.locale, e.channel}).toVariant().toString();
        }
        reject(column, value, e.message);
    }
    return c;
}

Status AkeneoImporter::importBatch(const ProductFile& file, QList<Row>& rows, bool store)
{
    qsizetype identifierIndex = 0;
    for (qsizetype i = 0; i < file.columns.size(); ++i) {
        if (file.columns.at(i).kind == AkeneoColumn::Kind::Identifier)
            identifierIndex = i;
    }
    QHash<QString, MasterRecord> existing;
    if (!m_workspaceWasEmpty) {
        QStringList skus;
        for (const Row& row : std::as_const(rows))
            skus << row.fields.at(identifierIndex).trimmed();
        Status status;
        for (MasterRecord& r : m_workspace.records(skus, &status))
            existing.insert(r.sku, std::move(r));
        if (!status)
            return status;
    }
    const qsizetype firstIssue = m_report.issues.size();
    auto work = [&]() -> Status {
        // Identifiers and media files first, in file order: they depend on the rows before.
        struct Job
        {
            const Row* row;
            const MasterRecord* before;
        };
        QList<Job> jobs;
        jobs.reserve(rows.size());
        for (const Row& row : std::as_const(rows)) {
            const QString sku = row.fields.at(identifierIndex).trimmed();
            if (sku.isEmpty()) {
                ImportIssue i = issue(file, row.line, tr("the row has no identifier"));
                i.column = m_plan.identifier;
                m_report.issues << i;
                ++m_report.rejected;
                continue;
            }
            if (const auto first = m_seenSkus.constFind(sku); first != m_seenSkus.constEnd()) {
                ImportIssue i =
                    issue(file, row.line,
                          tr("duplicate identifier: “%1” is already on line %2").arg(sku).arg(*first));
                i.column = m_plan.identifier;
                i.sku = sku;
                i.value = sku;
                m_report.issues << i;
                ++m_report.rejected;
                continue;
            }
            m_seenSkus.insert(sku, row.line);
            const auto found = existing.constFind(sku);
            jobs << Job{&row, found != existing.constEnd() ? &*found : nullptr};
            if (file.hasAssetColumns)
                resolveAssets(file, row, store);
        }
        // Converting and validating touch nothing shared: spread them over the cores.
        const Catalog* prepareWith = store ? &m_workspace.catalog() : nullptr;
        auto convertJob = [&](const Job& job) { return convert(file, *job.row, job.before, prepareWith); };
        QList<Converted> converted;
        if (jobs.size() < 64) {
            for (const Job& job : std::as_const(jobs))
                converted << convertJob(job);
        } else {
            converted = QtConcurrent::blockingMapped(jobs, convertJob);
        }
        QList<MasterRecord> changed;
        QList<PreparedRecord> prepared;
        for (qsizetype j = 0; j < jobs.size(); ++j) {
            Converted& c = converted[j];
            const MasterRecord* before = jobs.at(j).before;
            m_report.issues << c.issues;
            if (c.rejected) {
                ++m_report.rejected;
                continue;
            }
            m_report.values += c.values;
            if (!before) {
                ++m_report.created;
            } else if (c.unchanged) {
                ++m_report.unchanged;
                continue;
            } else {
                ++m_report.updated;
            }
            changed << std::move(c.record);
            prepared << std::move(c.prepared);
        }
        if (!store || changed.isEmpty())
            return Status::ok();
        return m_workspace.saveRecords(changed, prepared);
    };
    // The batch's findings in the order of its lines, as the user reads the file.
    auto sortIssues = [&] {
        std::stable_sort(m_report.issues.begin() + firstIssue, m_report.issues.end(),
                         [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
    };
    if (!store) {
        const Status s = work();
        sortIssues();
        return s;
    }
    const Status s = m_workspace.transact(work);
    sortIssues();
    if (s)
        ++m_report.batchesWritten;
    return s;
}

ImportReport AkeneoImporter::run(const Progress& progress, const Cancel& cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = analyze(); !s) {
        ImportReport failed = m_plan.report;
        failed.failed = s.kind() == Status::Kind::Internal;
        failed.failure = s.message();
        if (!failed.failed) {
            ImportIssue i;
            i.reason = s.message();
            if (failed.issues.isEmpty())
                failed.issues << i;
        }
        return failed;
    }
    m_report = m_plan.report;
    m_seenSkus.clear();
    m_assetsByPath.clear();
    m_assetsBySha.clear();
    m_assetErrors.clear();
    const bool store = !m_plan.options.dryRun;
    if (store) {
        // Refused before anything is read into the workspace: an import is all of its batches or none.
        if (Status s = m_workspace.require(Permission::Import); !s) {
            m_report.failure = s.message();
            ImportIssue i;
            i.reason = s.message();
            m_report.issues << i;
            m_report.rejected = m_plan.totalRows;
            return m_report;
        }
    }
    if (store && m_plan.structureChanged) {
        if (Status s = m_workspace.saveStructure(m_plan.catalog); !s) {
            m_report.failed = true;
            m_report.failure = s.message();
            return m_report;
        }
    }
    m_workspaceWasEmpty = m_workspace.productCount() == 0;
    for (const Asset& a : m_workspace.assets())
        m_assetsBySha.insert(a.sha256, a.id);
    const int batchSize = qMax(1, m_plan.options.batchSize);
    qint64 done = 0;
    for (const ProductFile& file : std::as_const(m_plan.productFiles)) {
        if (!file.usable || m_report.cancelled || m_report.failed)
            continue;
        CsvReader reader(file.data);
        reader.next(); // the header
        const qsizetype columnCount = file.columns.size();
        QList<Row> batch;
        batch.reserve(batchSize);
        auto flush = [&]() -> bool {
            if (batch.isEmpty())
                return true;
            if (cancel && cancel()) {
                m_report.cancelled = true;
                return false;
            }
            if (Status s = importBatch(file, batch, store); !s) {
                m_report.failed = true;
                m_report.failure = s.message();
                return false;
            }
            done += batch.size();
            batch.clear();
            if (progress)
                progress(done, m_plan.totalRows);
            return true;
        };
        bool stopped = false;
        while (!stopped && reader.next()) {
            if (reader.fieldCount() == 1 && reader.fieldBytes(0).isEmpty())
                continue;
            ++m_report.rowsRead;
            if (!reader.isValidUtf8()) {
                m_report.issues << issue(
                    file, reader.line(),
                    tr("the row is not valid UTF-8 (is the file saved as UTF-8?); it was "
                       "rejected"));
                ++m_report.rejected;
                ++done;
                continue;
            }
            if (reader.fieldCount() != columnCount) {
                m_report.issues << issue(file, reader.line(),
                                         tr("the row has %1 fields, the header %2; it was rejected")
                                             .arg(reader.fieldCount())
                                             .arg(columnCount));
                ++m_report.rejected;
                ++done;
                continue;
            }
            batch.append(Row{reader.line(), reader.fields()});
            if (batch.size() >= batchSize)
                stopped = !flush();
        }
        if (!stopped)
            flush();
        if (!reader.error().isEmpty()) {
            m_report.issues << issue(file, 0, reader.error() + tr("; the rows after it were not read"));
        }
    }
    m_report.seconds = timer.nsecsElapsed() / 1e9;
    if (store) {
        QStringList names;
        for (const ProductFile& file : std::as_const(m_plan.productFiles))
            names << file.name;
        const QJsonObject detail{{u"created"_s, m_report.created},     {u"updated"_s, m_report.updated},
                                 {u"unchanged"_s, m_report.unchanged}, {u"rejected"_s, m_report.rejected},
                                 {u"assets"_s, m_report.assetsStored}, {u"cancelled"_s, m_report.cancelled},
                                 {u"failed"_s, m_report.failed}};
        if (Status s = m_workspace.recordEvent(u"import"_s, names.join(u", "), detail);
            !s && !m_report.failed) {
            m_report.failed = true;
            m_report.failure = s.message();
        }
    }
    return m_report;
}

QList<MasterRecord> AkeneoImporter::preview(int count)
{
    QList<MasterRecord> records;
    if (!analyze())
        return records;
    const ImportReport saved = m_report;
    const auto savedAssets = m_assetsByPath;
    const auto savedShas = m_assetsBySha;
    const auto savedErrors = m_assetErrors;
    for (const ProductFile& file : std::as_const(m_plan.productFiles)) {
        if (!file.usable)
            continue;
        CsvReader reader(file.data);
        reader.next();
        while (records.size() < count && reader.next()) {
            if (reader.fieldCount() != file.columns.size() || !reader.isValidUtf8())
                continue;
            const Row row{reader.line(), reader.fields()};
            if (file.hasAssetColumns)
                resolveAssets(file, row, false);
            records << convert(file, row, nullptr).record;
        }
    }
    m_report = saved;
    m_assetsByPath = savedAssets;
    m_assetsBySha = savedShas;
    m_assetErrors = savedErrors;
    return records;
}

} // namespace facet
