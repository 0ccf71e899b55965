// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderLayout.h"

#include "models/rendering/TemplateContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

// One JSON value in compact form; QJsonDocument only writes arrays and objects.
QByteArray jsonValue(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A JSON object with its keys in the given order: a sending service's operator reads "action" first.
class OrderedObject
{
public:
    OrderedObject& add(const char* key, const QJsonValue& value)
    {
        m_json += m_json.isEmpty() ? '{' : ',';
        m_json += jsonValue(QString::fromLatin1(key)) + ':' + jsonValue(value);
        return *this;
    }
    QByteArray finish() const { return m_json + '}'; }

private:
    QByteArray m_json;
};

const RenderedPart* requirePart(const Rendering& rendering, const QString& name, Status* status)
{
    const RenderedPart* part = rendering.part(name);
    if (!part)
        *status = Status::invalid(tr("The %1 rendering of %2 (%3) has no “%4” part.")
                                      .arg(rendering.channel, rendering.sku, rendering.locale, name));
    return part;
}

std::optional<QJsonObject> jsonPart(const Rendering& rendering, const QString& name, Status* status)
{
    const RenderedPart* part = requirePart(rendering, name, status);
    if (!part)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(part->content, &error);
    if (!document.isObject()) {
        *status = Status::invalid(tr("The “%1” part of %2 (%3) is not a JSON object: %4")
                                      .arg(name, rendering.sku, rendering.locale, error.errorString()));
        return std::nullopt;
    }
    return document.object();
}

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(u"&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code =
                name.at(1).toLower() == u'x' ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                result += QString::fromUcs4(&c, 1);
            }
        } else {
            static const QHash<QString, QString> named{
                {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},   {u"gt"_s, u">"_s},
                {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, QString(QChar(0xA0))}};
            result += named.value(name);
        }
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString elementText(const QString& html, const QRegularExpression& element)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    const QRegularExpressionMatch m = element.match(html);
    if (!m.hasMatch())
        return {};
    QString inner = m.captured(1);
    return decodeEntities(inner.remove(tag)).simplified();
}

bool isMessaging(const QString& kind)
{
    static const QStringList kinds{u"sms"_s, u"push"_s, u"x"_s, u"instagram"_s, u"linkedin"_s, u"text"_s};
    return kinds.contains(kind);
}

} // namespace

bool FolderLayout::isKnownKind(const QString& kind)
{
    return Channel::knownKinds().contains(kind);
}

FolderLayout::Shape FolderLayout::shape(const QString& kind)
{
    if (isMessaging(kind))
        return Shape::Outbox;
    if (kind == u"feed")
        return Shape::Feed;
    return Shape::Files;
}

bool FolderLayout::isSafeAssetPath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)) ||
        path.startsWith(u".facet/") || path == u"manifest.json")
        return false;
    const QStringList components = path.split(u'/');
    return std::none_of(components.cbegin(), components.cend(),
                        [](const QString& c) { return c.isEmpty() || c.startsWith(u'.'); });
}

Status FolderLayout::checkNames(const QString& kind, const QString& sku, const QString& locale)
{
    const auto unsafe = [](const QString& name) {
        return name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.contains(QChar(0)) ||
               name.contains(u".."_s) || name.startsWith(u'.') ||
               std::any_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    if (unsafe(sku))
        return Status::invalid(tr("The SKU “%1” cannot name a published file.").arg(sku));
    if (unsafe(locale))
        return Status::invalid(tr("The locale “%1” cannot name a published folder.").arg(locale));
    // These names belong to the aggregate files beside the products.
    if ((kind == u"web" && sku == u"index") || (kind == u"print" && sku == u"catalog"))
        return Status::invalid(tr("The SKU “%1” is reserved in %2 folders.").arg(sku, kind));
    return Status::ok();
}

QString FolderLayout::webFolder(const QString& locale)
{
    return TemplateContext::languageTag(locale).toLower();
}

QString FolderLayout::outboxPath(qint64 publicationId)
{
    return u"outbox/%1.jsonl"_s.arg(publicationId);
}

QString FolderLayout::feedPath(const QString& locale)
{
    return locale + u".xml"_s;
}

QString FolderLayout::catalogPath(const QString& locale)
{
    return locale + u"/catalog.pdf"_s;
}

QString FolderLayout::indexPath(const QString& locale)
{
    return webFolder(locale) + u"/index.html"_s;
}

QStringList FolderLayout::productPaths(const QString& kind, const QString& sku, const QString& locale)
{
    if (kind == u"web")
        return {webFolder(locale) + u'/' + sku + u".html"_s};
    if (kind == u"email")
        return {locale + u'/' + sku + u".eml"_s, locale + u'/' + sku + u".html"_s};
    if (kind == u"print")
        return {locale + u'/' + sku + u".pdf"_s};
    return {};
}

QString FolderLayout::pageTitle(const QString& html)
{
    static const QRegularExpression h1(u"<h1\\b[^>]*>(.*?)</h1\\s*>"_s,
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(u"<title\\b[^>]*>(.*?)</title\\s*>"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QString text = elementText(html, h1);
    if (text.isEmpty())
        text = elementText(html, title);
    return text;
}

std::optional<FolderLayout::Contribution>
FolderLayout::contribution(const Channel& channel, const Rendering& rendering, Status* status)
{
    const QString& kind = channel.kind;
    if (!isKnownKind(kind)) {
        *status = Status::invalid(tr("Folder targets cannot publish the channel kind “%1”.").arg(kind));
        return std::nullopt;
    }
    if (!rendering.ok()) {
        *status = Status::invalid(tr("The %1 rendering of %2 (%3) failed and cannot be published.")
                                      .arg(rendering.channel, rendering.sku, rendering.locale));
        return std::nullopt;
    }
    if (Status names = checkNames(kind, rendering.sku, rendering.locale); !names) {
        *status = names;
        return std::nullopt;
    }
    Contribution c;
    const QStringList paths = productPaths(kind, rendering.sku, rendering.locale);
    if (kind == u"web") {
        const RenderedPart* page = requirePart(rendering, u"page"_s, status);
        if (!page)
            return std::nullopt;
        c.files << PublishedFile{paths.at(0), page->content};
        c.title = pageTitle(page->text());
        if (c.title.isEmpty())
            c.title = rendering.sku;
    } else if (kind == u"email") {
        const RenderedPart* eml = requirePart(rendering, u"eml"_s, status);
        const RenderedPart* html = eml ? requirePart(rendering, u"html"_s, status) : nullptr;
        if (!html)
            return std::nullopt;
        c.files << PublishedFile{paths.at(0), eml->content} << PublishedFile{paths.at(1), html->content};
    } else if (kind == u"print") {
        const RenderedPart* pdf = requirePart(rendering, u"pdf"_s, status);
        if (!pdf)
            return std::nullopt;
        c.files << PublishedFile{paths.at(0), pdf->content};
    } else if (kind == u"feed") {
        const RenderedPart* item = requirePart(rendering, u"item"_s, status);
        if (!item)
            return std::nullopt;
        c.feedItem = item->text().trimmed();
    } else {
        OrderedObject line;
        line.add("action", u"upsert"_s)
            .add("sku", rendering.sku)
            .add("locale", rendering.locale)
            .add("channel", channel.code)
            .add("revision", rendering.revisionHash)
            .add("template_version", rendering.templateVersion);
        const auto addText = [&](const char* key, const QString& part) {
            const RenderedPart* p = requirePart(rendering, part, status);
            if (p)
                line.add(key, p->text());
            return p != nullptr;
        };
        if (kind == u"sms" || kind == u"text") {
            if (!addText("body", u"body"_s))
                return std::nullopt;
        } else if (kind == u"push") {
            if (!addText("title", u"title"_s) || !addText("body", u"body"_s))
                return std::nullopt;
            const auto apns = jsonPart(rendering, u"apns"_s, status);
            const auto fcm = apns ? jsonPart(rendering, u"fcm"_s, status) : std::nullopt;
            if (!fcm)
                return std::nullopt;
            line.add("apns", *apns).add("fcm", *fcm);
        } else if (!addText("post", u"post"_s)) {
            return std::nullopt;
        }
        c.outboxLine = line.finish();
    }
    return c;
}

QByteArray FolderLayout::checksum(const Contribution& contribution)
{
    // Framed, so moving bytes from one file into another can never give the same sum.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto frame = [&hash](QByteArrayView label, QByteArrayView bytes) {
        hash.addData(label);
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    for (const PublishedFile& file : contribution.files) {
        frame("file", file.path.toUtf8());
        frame("content", file.content);
    }
    if (!contribution.outboxLine.isEmpty())
        frame("line", contribution.outboxLine);
    if (!contribution.feedItem.isEmpty())
        frame("item", contribution.feedItem.toUtf8());
    return hash.result().toHex();
}

QByteArray FolderLayout::deleteLine(const Channel& channel, const QString& sku, const QString& locale)
{
    return OrderedObject()
        .add("action", u"delete"_s)
        .add("sku", sku)
        .add("locale", locale)
        .add("channel", channel.code)
        .finish();
}

} // namespace facet
