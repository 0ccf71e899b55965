// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RenderCommands.h"

#include "models/rendering/RenderService.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace facet::cli {

namespace {

QCommandLineOption channelOption(const char* description)
{
    return {QStringLiteral("channel"), QCoreApplication::translate("facet::cli", description),
            QCoreApplication::translate("facet::cli", "CODE")};
}

QCommandLineOption localeOption(const char* description)
{
    return {QStringLiteral("locale"), QCoreApplication::translate("facet::cli", description),
            QCoreApplication::translate("facet::cli", "LOCALE")};
}

QStringList channelCodes(const Catalog& catalog)
{
    QStringList codes;
    for (const Channel& c : catalog.channels)
        codes << c.code;
    return codes;
}

// The channel named on the command line, or a message naming the channels there are.
const Channel* findChannel(const Catalog& catalog, const QString& code, Status* status)
{
    if (const Channel* c = catalog.channel(code))
        return c;
    *status = Status::invalid(
        QCoreApplication::translate("facet::cli", "unknown channel “%1”; the workspace has %2")
            .arg(code, channelCodes(catalog).join(QStringLiteral(", "))));
    return nullptr;
}

QStringList channelLocales(const Catalog& catalog, const Channel& channel)
{
    return channel.locales.isEmpty() ? catalog.localeCodes() : channel.locales;
}

// A terminal gets text only; a PDF or a picture goes to a file.
bool isBinary(const RenderedPart& part)
{
    return part.mediaType == u"application/pdf" || part.mediaType == u"application/octet-stream" ||
           part.mediaType.startsWith(u"image/");
}

// "… (4 / 3)": what was measured against the limit, when the rule measures something.
QString measuredText(const Finding& f)
{
    if (f.measured.isEmpty() && f.limit.isEmpty())
        return {};
    if (f.limit.isEmpty())
        return QStringLiteral(" (%1)").arg(f.measured);
    return QStringLiteral(" (%1 / %2)").arg(f.measured, f.limit);
}

// A rendering that failed is reported like a finding, so scripts read one shape.
Finding renderFailure(const Rendering& r)
{
    return Finding::make(Finding::Severity::Error, QStringLiteral("render"), r.error);
}

} // namespace

QString RenderCommand::mainPart(const Rendering& rendering)
{
    // Assembled documents first: they are what a channel publishes; the template's output where there is
    // none.
    static const QHash<QString, QStringList> candidates{
        {QStringLiteral("web"), {QStringLiteral("page")}},
        {QStringLiteral("email"), {QStringLiteral("eml"), QStringLiteral("html")}},
        {QStringLiteral("sms"), {QStringLiteral("body")}},
        {QStringLiteral("push"), {QStringLiteral("apns"), QStringLiteral("body")}},
        {QStringLiteral("x"), {QStringLiteral("post")}},
        {QStringLiteral("instagram"), {QStringLiteral("post")}},
        {QStringLiteral("linkedin"), {QStringLiteral("post")}},
        {QStringLiteral("print"), {QStringLiteral("pdf"), QStringLiteral("sheet")}},
        {QStringLiteral("feed"), {QStringLiteral("feed"), QStringLiteral("item")}},
        {QStringLiteral("text"), {QStringLiteral("body")}},
    };
    for (const QString& name : candidates.value(rendering.kind))
        if (rendering.part(name))
            return name;
    return {};
}

QString RenderCommand::summary() const
{
    return tr("Render one product for one channel and locale: prints the channel's main output (or the part "
              "named with --template), or writes it to a file.");
}

void RenderCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"), tr("The product's SKU."));
    parser.addOption(channelOption("The channel to render for (required)."));
    parser.addOption(localeOption("The locale (default: the channel's first)."));
    parser.addOption({QStringLiteral("template"),
                      tr("The part to output, e.g. subject or text for an email (default: the channel's main "
                         "output)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("out"),
                      tr("Write to FILE instead of printing; replaced only when rendering succeeds."),
                      tr("FILE")});
}

int RenderCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a SKU"));
    if (!parser.isSet(QStringLiteral("channel")))
        return usageError(tr("--channel is required"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    const Catalog& catalog = workspace->catalog();
    const Channel* channel = findChannel(catalog, parser.value(QStringLiteral("channel")), &status);
    if (!channel)
        return fail(status);
    const QStringList locales = channelLocales(catalog, *channel);
    const QString locale =
        parser.isSet(QStringLiteral("locale")) ? parser.value(QStringLiteral("locale")) : locales.value(0);
    if (!locales.contains(locale))
        return fail(Status::invalid(tr("channel %1 renders %2, not “%3”")
                                        .arg(channel->code, locales.join(QStringLiteral(", ")), locale)));
    const auto record = workspace->record(args.at(1), &status);
    if (!record)
        return fail(status);

    const RenderService service(RenderService::snapshot(*workspace, false));
    const Rendering rendering = service.render(*record, channel->code, locale);
    if (!rendering.ok())
        return fail(Status::invalid(rendering.error));

    const QString partName = parser.isSet(QStringLiteral("template"))
                                 ? parser.value(QStringLiteral("template"))
                                 : mainPart(rendering);
    const RenderedPart* part = rendering.part(partName);
    if (!part) {
        QStringList names;
        for (const RenderedPart& p : rendering.parts)
            names << p.name;
        return fail(Status::invalid(tr("the %1 rendering has no part “%2”; it has %3")
                                        .arg(rendering.channel, partName, names.join(QStringLiteral(", ")))));
    }

    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        if (isBinary(*part))
            return fail(Status::invalid(tr("the %1 part is %2, not text; write it to a file with --out")
                                            .arg(part->name, part->mediaType)));
        const QString text = part->text();
        m_out << text;
        if (!text.endsWith(u'\n'))
            m_out << u'\n';
        return Done;
    }
    // A reader of the file never sees half of it, and a failed run leaves the previous file in place.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(part->content) != part->content.size() ||
        !file.commit())
        return fail(Status::invalid(tr("cannot write %1: %2").arg(outPath, file.errorString())));
    return Done;
}

QString CheckCommand::findingLine(const Rendering& r, const Finding& f)
{
    return QStringLiteral("%1 %2 %3 %4 %5: %6%7")
        .arg(r.sku, r.channel, r.locale, Finding::severityName(f.severity), f.rule, f.message,
             measuredText(f));
}

QJsonObject CheckCommand::findingJson(const Rendering& r, const Finding& f)
{
    return QJsonObject{{QStringLiteral("sku"), r.sku},
                       {QStringLiteral("channel"), r.channel},
                       {QStringLiteral("locale"), r.locale},
                       {QStringLiteral("severity"), Finding::severityName(f.severity)},
                       {QStringLiteral("rule"), f.rule},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("measured"), f.measured},
                       {QStringLiteral("limit"), f.limit},
                       {QStringLiteral("part"), f.part},
                       {QStringLiteral("attribute"), f.attribute}};
}

QString CheckCommand::summary() const
{
    return tr("Render every product (or one) for every channel (or one) and locale, and report what the "
              "channels' rules find. Exits 1 when there is an error.");
}

void CheckCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"), tr("Optional: one product."),
                                 QStringLiteral("[SKU]"));
    parser.addOption(channelOption("Only this channel."));
    parser.addOption(localeOption("Only this locale."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array of findings instead of text.")});
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return usageError(tr("expected a workspace path and optionally a SKU"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const Catalog& catalog = workspace->catalog();
    Status status;
    QStringList channels;
    if (parser.isSet(QStringLiteral("channel"))) {
        const Channel* channel = findChannel(catalog, parser.value(QStringLiteral("channel")), &status);
        if (!channel)
            return fail(status);
        channels << channel->code;
    }
    const RenderService service(RenderService::snapshot(*workspace, false));
    QList<RenderService::Target> targets = service.targets(channels);
    if (parser.isSet(QStringLiteral("locale"))) {
        const QString locale = parser.value(QStringLiteral("locale"));
        if (!catalog.localeCodes().contains(locale))
            return fail(Status::invalid(tr("unknown locale “%1”; the workspace has %2")
                                            .arg(locale, catalog.localeCodes().join(QStringLiteral(", ")))));
        targets.removeIf([&](const RenderService::Target& t) { return t.locale != locale; });
        if (targets.isEmpty())
            return fail(Status::invalid(tr("channel %1 does not render %2").arg(channels.value(0), locale)));
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 products = 0;
    qint64 renderings = 0;
    qint64 failed = 0;
    qint64 counts[3] = {0, 0, 0}; // by Finding::Severity
    bool firstJson = true;
    auto report = [&](const Rendering& r, const Finding& f) {
        if (json) {
            m_out << (firstJson ? "\n" : ",\n")
                  << QString::fromUtf8(QJsonDocument(findingJson(r, f)).toJson(QJsonDocument::Compact));
            firstJson = false;
            return;
        }
        m_out << findingLine(r, f) << u'\n';
    };
    auto checkBatch = [&](const QList<MasterRecord>& records) {
        const QList<Rendering> results = service.renderAll(records, targets);
        // Every rendering is needed once here; cached, they would only grow the memory to the cache's limit.
        service.cache().clear();
        for (const Rendering& r : results) {
            if (!r.ok()) {
                ++failed;
                report(r, renderFailure(r));
                continue;
            }
            for (const Finding& f : r.findings) {
                ++counts[int(f.severity)];
                report(r, f);
            }
        }
        products += records.size();
        renderings += results.size();
    };

    if (json)
        m_out << u'[';
    if (args.size() == 2) {
        const auto record = workspace->record(args.at(1), &status);
        if (!record)
            return fail(status);
        checkBatch({*record});
    } else {
        // Page by key and render a batch at a time: memory stays flat however many products there are.
        ProductQuery query;
        query.limit = BatchSize;
        const qint64 total = workspace->productCount();
        qint64 lastReport = 0;
        for (;;) {
            const QList<ProductRow> page = workspace->products(query, &status);
            if (!status)
                return fail(status);
            QList<MasterRecord> records;
            records.reserve(page.size());
            for (const ProductRow& row : page) {
                auto record = workspace->record(row.sku, &status);
                if (!record)
                    return fail(status);
                records << std::move(*record);
            }
            checkBatch(records);
            if (products - lastReport >= 10000) {
                m_err << tr("checked %1 of %2 products\n").arg(products).arg(total);
                m_err.flush();
                lastReport = products;
            }
            if (page.size() < query.limit)
                break;
            query.afterValue = ProductQuery::sortValue(page.last(), query.sortColumn);
            query.afterId = page.last().id;
        }
    }
    if (json) {
        m_out << (firstJson ? "]\n" : "\n]\n");
    } else {
        m_out << tr("products: %1, renderings: %2, failed: %3, errors: %4, warnings: %5, notes: %6\n")
                     .arg(products)
                     .arg(renderings)
                     .arg(failed)
                     .arg(counts[int(Finding::Severity::Error)])
                     .arg(counts[int(Finding::Severity::Warning)])
                     .arg(counts[int(Finding::Severity::Info)]);
    }
    const bool errors = failed > 0 || counts[int(Finding::Severity::Error)] > 0;
    return errors ? UserError : Done;
}

} // namespace facet::cli
