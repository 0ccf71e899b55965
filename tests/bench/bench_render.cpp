// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering benchmark: every product of a synthetic catalog to every channel and locale. The template stage
// is compared, on identical templates and data, with a plain Python Jinja2 script run in the same session
// (tests/bench/jinja2_render.py); the complete stage (documents and rule checks) is reported beside it.
#include "models/demo/CatalogGenerator.h"
#include "models/catalog/AttributeType.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateContext.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"

#include <KTextTemplate/SafeString>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QJsonValue toJson(const QVariant& v)
{
    if (v.canConvert<KTextTemplate::SafeString>() && v.userType() == qMetaTypeId<KTextTemplate::SafeString>())
        return QJsonObject{{u"__safe__"_s, v.value<KTextTemplate::SafeString>().get()}};
    switch (v.typeId()) {
    case QMetaType::QVariantHash: {
        QJsonObject o;
        const QVariantHash h = v.toHash();
        for (auto it = h.begin(); it != h.end(); ++it)
            o.insert(it.key(), toJson(it.value()));
        return o;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray a;
        for (const QVariant& e : v.toList())
            a << toJson(e);
        return a;
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return QJsonValue::fromVariant(v);
    }
}

QJsonObject labelsJson(const Labels& labels)
{
    QJsonObject o;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QList<MasterRecord> loadRecords(const Workspace& ws, qint64 count)
{
    QList<MasterRecord> records;
    ProductQuery q;
    q.limit = 5000;
    while (records.size() < count) {
        const QList<ProductRow> page = ws.products(q);
        if (page.isEmpty())
            break;
        for (const ProductRow& row : page)
            if (records.size() < count)
                records << *ws.record(row.sku);
        q.afterValue = ProductQuery::sortValue(page.last(), q.sortColumn);
        q.afterId = page.last().id;
    }
    return records;
}

struct Timing
{
    double seconds = 0;
    qsizetype renderings = 0;
    qsizetype parts = 0;
    qint64 bytes = 0;
    qsizetype errors = 0;
};

Timing timeRendering(const RenderService& service, const QList<MasterRecord>& records,
                     const QList<RenderService::Target>& targets)
{
    Timing t;
    QElapsedTimer clock;
    clock.start();
    const QList<Rendering> all = service.renderAll(records, targets);
    t.seconds = clock.nsecsElapsed() / 1e9;
    t.renderings = all.size();
    for (const Rendering& r : all) {
        t.errors += r.ok() ? 0 : 1;
        t.parts += r.parts.size();
        for (const RenderedPart& p : r.parts)
            t.bytes += p.content.size();
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the print channel needs fonts
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Facet rendering benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"products"_s, u"Catalog size (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"compare"_s, u"Products in the Jinja2 comparison (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"workspace"_s, u"Reuse or create this workspace file."_s, u"PATH"_s});
    parser.addOption({u"templates-only"_s, u"Skip the complete stage (documents and rule checks)."_s});
    parser.addOption({u"jinja2-script"_s, u"The Python Jinja2 script to compare with."_s, u"PATH"_s});
    parser.process(app);
    const qint64 count = parser.value(u"products"_s).toLongLong();
    const qint64 compareCount = qMin(count, parser.value(u"compare"_s).toLongLong());
    QTemporaryDir dir(QDir::current().filePath(u"render-bench-XXXXXX"_s));
    const QString path =
        parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s) : dir.filePath(u"bench.facet"_s);

    Status status;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenOrCreate, &status);
    if (!ws) {
        out << status.message() << '\n';
        return 2;
    }
    if (const qint64 missing = count - ws->productCount(); missing > 0) {
        CatalogGenerator generator(*ws);
        if (Status s = generator.generate(missing); !s) {
            out << s.message() << '\n';
            return 2;
        }
    }
    const QList<MasterRecord> records = loadRecords(*ws, count);
    const auto snapshot = RenderService::snapshot(*ws, false);
    RenderService templatesOnly(snapshot, TemplateContext::AssetLinks::Published, ChannelRenderer::Stage::Templates);
    templatesOnly.setCaching(false);
    RenderService complete(snapshot);
    complete.setCaching(false);
    const QList<RenderService::Target> targets = templatesOnly.targets();
    out << QStringLiteral("Facet rendering benchmark: %1 products × %2 channel/locale targets, %3 threads\n\n")
               .arg(records.size())
               .arg(targets.size())
               .arg(QThreadPool::globalInstance()->maxThreadCount());
    out.flush();

    // The comparison first, on the subset both sides render.
    const QList<MasterRecord> subset = records.mid(0, compareCount);
    const Timing ours = timeRendering(templatesOnly, subset, targets);
    const double oursRate = ours.renderings / ours.seconds;
    out << QStringLiteral("template stage, %1 products: %2 renderings (%3 template outputs) in %4 s = %5 renderings/s, %6 MB\n")
               .arg(subset.size())
               .arg(ours.renderings)
               .arg(ours.parts)
               .arg(ours.seconds, 0, 'f', 2)
               .arg(oursRate, 0, 'f', 0)
               .arg(ours.bytes / 1e6, 0, 'f', 1);
    out.flush();

    int missed = 0;
    const QString script = parser.value(u"jinja2-script"_s);
    if (!script.isEmpty()) {
        // The same records, structure and templates, as JSON, for the Python side; a script of a user would
        // read the same from an export. The per-target base contexts (labels, phrases, channel settings) are
        // data such a script would keep as constants.
        QFile data(dir.filePath(u"records.jsonl"_s));
        if (!data.open(QIODevice::WriteOnly)) {
            out << "cannot write " << data.fileName() << '\n';
            return 2;
        }
        const Catalog& catalog = snapshot->catalog;
        QJsonObject templates, bases, attributes, families, categories, channels, assets;
        for (const Channel& c : catalog.channels) {
            QJsonArray slots;
            for (const ChannelTemplate& t : snapshot->templates.value(c.code)) {
                const TemplateSlot* slot = TemplateSlot::find(TemplateSlot::forKind(c.kind), t.name);
                slots << QJsonObject{{u"name"_s, t.name}, {u"html"_s, slot && slot->html}, {u"source"_s, t.source}};
            }
            templates.insert(c.code, slots);
            channels.insert(c.code, QJsonObject{{u"kind"_s, c.kind}, {u"settings"_s, c.settings}});
            for (const QString& locale : catalog.localeCodes())
                bases.insert(c.code + u'/' + locale, toJson(TemplateContext::base(catalog, c, locale)));
        }
        for (const Attribute& a : catalog.attributes) {
            QJsonObject options;
            for (const AttributeOption& o : a.options)
                options.insert(o.code, labelsJson(o.labels));
            attributes.insert(a.code, QJsonObject{{u"type"_s, attributeTypeCode(a.type)},
                                                  {u"localizable"_s, a.localizable},
                                                  {u"options"_s, options}});
        }
        for (const Family& f : catalog.families)
            families.insert(f.code, QJsonObject{{u"attributes"_s, QJsonArray::fromStringList(f.attributes)},
                                                {u"label_attribute"_s, f.labelAttribute},
                                                {u"labels"_s, labelsJson(f.labels)}});
        for (const Category& c : catalog.categories)
            categories.insert(c.code,
                              labelsJson(c.labels));
        for (const Asset& a : snapshot->assets)
            assets.insert(QString::number(a.id), QJsonObject{{u"sha256"_s, a.sha256}, {u"mime_type"_s, a.mimeType},
                                                             {u"file_name"_s, a.fileName}});
        QJsonArray targetList;
        for (const RenderService::Target& t : targets)
            targetList << QJsonArray{t.channel, t.locale};
        const QJsonObject header{{u"templates"_s, templates}, {u"bases"_s, bases},
                                 {u"attributes"_s, attributes}, {u"families"_s, families},
                                 {u"categories"_s, categories}, {u"channels"_s, channels},
                                 {u"assets"_s, assets}, {u"targets"_s, targetList}};
        data.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
        for (const MasterRecord& record : subset)
            data.write(record.canonicalJson() + '\n');
        data.close();
        QProcess python;
        python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        python.start(u"python3"_s, {script, data.fileName()});
        python.waitForFinished(-1);
        const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        if (python.exitCode() != 0 || result.isEmpty()) {
            out << "the Jinja2 script failed\n";
            return 2;
        }
        const double jinjaRate = result.value(u"renderings"_s).toDouble() / result.value(u"seconds"_s).toDouble();
        out << QStringLiteral("Jinja2 %1 (Python %2), same data: %3 renderings in %4 s = %5 renderings/s\n")
                   .arg(result.value(u"jinja2"_s).toString(), result.value(u"python"_s).toString())
                   .arg(result.value(u"renderings"_s).toInt())
                   .arg(result.value(u"seconds"_s).toDouble(), 0, 'f', 2)
                   .arg(jinjaRate, 0, 'f', 0);
        const double ratio = oursRate / jinjaRate;
        const bool met = ratio >= 3.0;
        missed += met ? 0 : 1;
        out << QStringLiteral("ratio Facet / Jinja2: %1×   target ≥ 3×   %2\n\n")
                   .arg(ratio, 0, 'f', 2)
                   .arg(met ? u"met"_s : u"MISSED"_s);
        out.flush();
    }

    const Timing all = timeRendering(templatesOnly, records, targets);
    out << QStringLiteral("template stage, all %1 products: %2 renderings in %3 s = %4 renderings/s, %5 MB/s\n")
               .arg(records.size())
               .arg(all.renderings)
               .arg(all.seconds, 0, 'f', 2)
               .arg(all.renderings / all.seconds, 0, 'f', 0)
               .arg(all.bytes / 1e6 / all.seconds, 0, 'f', 1);
    out.flush();
    if (parser.isSet(u"templates-only"_s))
        return missed > 0 ? 1 : 0;
    const Timing full = timeRendering(complete, subset, targets);
    out << QStringLiteral("complete (documents + rule checks), %1 products: %2 renderings in %3 s = %4 renderings/s\n")
               .arg(subset.size())
               .arg(full.renderings)
               .arg(full.seconds, 0, 'f', 2)
               .arg(full.renderings / full.seconds, 0, 'f', 0);
    if (all.errors + full.errors > 0) {
        out << QStringLiteral("%1 renderings failed\n").arg(all.errors + full.errors);
        return 2;
    }
    if (missed > 0)
        out << QStringLiteral("%1 target(s) missed\n").arg(missed);
    return missed > 0 ? 1 : 0;
}
