// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/ChannelRenderer.h"

#include "models/catalog/Catalog.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/rendering/ChannelChecks.h"
#include "models/rendering/TemplateEngine.h"
#include "models/rendering/TemplateSlot.h"

#include <QCoreApplication>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::ChannelRenderer", text);
}

} // namespace

ChannelRenderer::ChannelRenderer(TemplateEngine& engine, Stage stage)
    : m_engine(engine)
    , m_stage(stage)
{
}

QList<ChannelTemplate> ChannelRenderer::withDefaults(const QString& kind, const QString& channel,
                                                     const QList<ChannelTemplate>& stored)
{
    QList<ChannelTemplate> result;
    for (const TemplateSlot& slot : TemplateSlot::forKind(kind)) {
        ChannelTemplate chosen{channel, slot.name, 0, TemplateSlot::defaultSource(kind, slot.name), {}, {}};
        for (const ChannelTemplate& t : stored)
            if (t.name == slot.name && t.version > chosen.version)
                chosen = t;
        result << chosen;
    }
    return result;
}

Rendering ChannelRenderer::render(const MasterRecord& record, const TemplateContext::Inputs& inputs,
                                  const QList<ChannelTemplate>& templates, const QString& revisionHash)
{
    const Channel& channel = *inputs.channel;
    Rendering r;
    r.sku = record.sku;
    r.channel = channel.code;
    r.kind = channel.kind;
    r.locale = inputs.locale;
    r.revisionHash = revisionHash.isEmpty() ? record.contentHash() : revisionHash;

    const QList<TemplateSlot> slots = TemplateSlot::forKind(channel.kind);
    if (slots.isEmpty()) {
        r.error = tr("channel %1 has the kind “%2”, which Facet cannot render").arg(channel.code, channel.kind);
        return r;
    }
    QStringList versions;
    QStringList fallbacks;
    QVariantHash contexts[2];
    bool built[2] = {false, false};
    QVariantHash renderedParts;
    for (const TemplateSlot& slot : slots) {
        const ChannelTemplate* t = nullptr;
        for (const ChannelTemplate& candidate : templates)
            if (candidate.name == slot.name)
                t = &candidate;
        if (!t || t->source.isEmpty()) {
            r.error = tr("channel %1 has no “%2” template").arg(channel.code, slot.name);
            r.parts.clear();
            return r;
        }
        versions << t->versionTag();
        const int i = slot.html ? 1 : 0;
        if (!built[i]) {
            contexts[i] = TemplateContext::build(record, inputs, slot.html, &fallbacks);
            contexts[i].insert(u"parts"_s, renderedParts);
            built[i] = true;
        }
        const QString name = channel.code + u'/' + t->versionTag();
        const TemplateEngine::Output out =
            m_engine.render(name, t->source, contexts[i],
                            slot.html ? TemplateEngine::Escaping::Html : TemplateEngine::Escaping::None,
                            inputs.locale);
        if (!out.error.isEmpty()) {
            r.error = out.error;
            r.parts.clear();
            return r;
        }
        // Text parts lose the template's surrounding blank lines; inner line breaks are the author's.
        const QString text = slot.html ? out.text : out.text.trimmed();
        r.parts << RenderedPart{slot.name, slot.mediaType, text.toUtf8()};
        // Later templates reuse earlier parts (the email's HTML shows its preheader) instead of repeating them.
        renderedParts.insert(slot.name, text);
        for (int c = 0; c < 2; ++c)
            if (built[c])
                contexts[c].insert(u"parts"_s, renderedParts);
    }
    r.templateVersion = versions.join(u' ');
    if (m_stage == Stage::Templates)
        return r;

    for (const QString& key : std::as_const(fallbacks)) {
        Finding f;
        f.severity = Finding::Severity::Info;
        f.rule = u"render.locale_fallback"_s;
        f.attribute = key.section(u'-', 0, 0);
        f.message = tr("%1 has no %2 text; the %3 text is used.")
                        .arg(f.attribute, inputs.locale, key.section(u'-', 1));
        r.findings << f;
    }
    // An asset past its expiry date may not go out: the rendering says so as an error, which stops publishing.
    const QVariantHash product = contexts[built[1] ? 1 : 0].value(u"product"_s).toHash();
    for (const Attribute& a : inputs.catalog->attributes) {
        if (a.type != AttributeType::Asset)
            continue;
        const QVariantHash asset = product.value(a.code).toHash();
        if (!asset.value(u"expired"_s).toBool())
            continue;
        Finding f;
        f.severity = Finding::Severity::Error;
        f.rule = u"asset-expired"_s;
        f.attribute = a.code;
        f.measured = asset.value(u"expires"_s).toString();
        f.limit = inputs.today.toString(Qt::ISODate);
        f.message = tr("The asset %1 in “%2” expired on %3; channels may no longer use it. Choose another asset "
                       "or extend its expiry date in the asset library.")
                        .arg(asset.value(u"file_name"_s).toString(), a.label(inputs.locale), f.measured);
        r.findings << f;
    }
    for (const Completeness& c : Completeness::compute(*inputs.catalog, record)) {
        if (c.channel != channel.code || c.locale != inputs.locale)
            continue;
        for (const QString& missing : c.missing) {
            const Attribute* a = inputs.catalog->attribute(missing);
            Finding f;
            f.severity = Finding::Severity::Error;
            f.rule = u"completeness"_s;
            f.attribute = missing;
            f.message = tr("“%1” is required for this channel and empty in %2.")
                            .arg(a ? a->label(inputs.locale) : missing, inputs.locale);
            r.findings << f;
        }
    }
    ChannelChecks::apply(channel, r, contexts[built[1] ? 1 : 0]);
    return r;
}

} // namespace facet
