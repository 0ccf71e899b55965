// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AssetCommands.h"

#include "models/assets/AssetSniffer.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <utility>

namespace facet::cli {

using namespace Qt::StringLiterals;

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s,
                              QCoreApplication::translate("facet::cli", "Print JSON instead of text."));
}

QJsonObject assetJson(const Asset& a)
{
    QJsonObject o = a.metadata.toJson();
    o.insert(u"id"_s, a.id);
    o.insert(u"sha256"_s, a.sha256);
    o.insert(u"file_name"_s, a.fileName);
    o.insert(u"mime_type"_s, a.mimeType);
    o.insert(u"bytes"_s, a.byteSize);
    o.insert(u"created_at"_s, a.createdAt);
    if (!a.size.isEmpty()) {
        o.insert(u"width"_s, a.size.width());
        o.insert(u"height"_s, a.size.height());
    }
    o.insert(u"expired"_s, a.metadata.isExpired());
    return o;
}

QString sizeText(const Asset& a)
{
    return a.size.isEmpty() ? u"-"_s : u"%1×%2"_s.arg(a.size.width()).arg(a.size.height());
}

// An asset by its id, its SHA-256 or a unique prefix of it (at least 8 hex digits).
std::optional<Asset> findAsset(const Workspace& workspace, const QString& ref, Status* status)
{
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto a = workspace.asset(id))
            return a;
        *status = Status::invalid(
            QCoreApplication::translate("facet::cli", "there is no asset with the id %1").arg(ref));
        return std::nullopt;
    }
    static const QRegularExpression hex(u"^[0-9a-fA-F]{8,64}$"_s);
    if (!hex.match(ref).hasMatch()) {
        *status = Status::invalid(
            QCoreApplication::translate("facet::cli", "“%1” is neither an asset id nor a SHA-256").arg(ref));
        return std::nullopt;
    }
    QList<Asset> matches;
    for (const Asset& a : workspace.assets())
        if (a.sha256.startsWith(ref.toLower()))
            matches << a;
    if (matches.size() == 1)
        return workspace.asset(matches.first().id);
    *status = Status::invalid(
        matches.isEmpty() ? QCoreApplication::translate("facet::cli", "no asset has the SHA-256 %1").arg(ref)
                          : QCoreApplication::translate(
                                "facet::cli", "%1 is the start of %2 assets' SHA-256; give more digits")
                                .arg(ref)
                                .arg(matches.size()));
    return std::nullopt;
}

} // namespace

// ---- assets add

QString AssetsAddCommand::summary() const
{
    return tr("Add JPEG, PNG, WebP, SVG or PDF files to the asset library. The same file twice is stored "
              "once (\"deduplicated\"); a file whose content does not match its type, that is truncated, an "
              "SVG with scripts or external references, or a decompression bomb is refused with the reason.");
}

QStringList AssetsAddCommand::preprocess(const QStringList& arguments) const
{
    // --title-de_DE TEXT and --alt-de_DE=TEXT become --title de_DE=TEXT: locales are not known up front.
    static const QRegularExpression localized(
        u"^--(title|alt)-([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,4})?)(?:=(.*))?$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QRegularExpressionMatch m = localized.match(arguments.at(i));
        if (!m.hasMatch()) {
            result << arguments.at(i);
            continue;
        }
        QString text = m.captured(3);
        if (!m.hasCaptured(3) && i + 1 < arguments.size())
            text = arguments.at(++i);
        result << u"--"_s + m.captured(1) << m.captured(2) + u'=' + text;
    }
    return result;
}

void AssetsAddCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"WS"_s, tr("The workspace file."));
    parser.addPositionalArgument(u"FILE"_s, tr("The files to add."), u"FILE..."_s);
    addUserOptions(parser);
    parser.addOption({u"title"_s,
                      tr("A title in a locale, as LOCALE=TEXT; also --title-LOCALE TEXT. Repeatable."),
                      tr("LOCALE=TEXT")});
    parser.addOption(
        {u"alt"_s, tr("An alternative text in a locale, as LOCALE=TEXT; also --alt-LOCALE TEXT. Repeatable."),
         tr("LOCALE=TEXT")});
    parser.addOption({u"tag"_s, tr("A tag. Repeatable."), tr("TAG")});
    parser.addOption({u"expires"_s, tr("The last day channels may use the files (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({u"rights"_s, tr("The copyright notice or rights holder."), tr("TEXT")});
    parser.addOption(jsonOption());
}

int AssetsAddCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(tr("expected a workspace path and at least one file"));
    AssetMetadata metadata;
    for (const auto& [option, target] :
         {std::pair{u"title"_s, &metadata.titles}, std::pair{u"alt"_s, &metadata.alts}}) {
        for (const QString& value : parser.values(option)) {
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0)
                return usageError(tr("--%1 wants LOCALE=TEXT, not “%2”").arg(option, value));
            target->insert(value.left(eq), value.mid(eq + 1));
        }
    }
    metadata.tags = AssetMetadata::normalizedTags(parser.values(u"tag"_s));
    metadata.rights = parser.value(u"rights"_s);
    if (parser.isSet(u"expires"_s)) {
        metadata.expires = QDate::fromString(parser.value(u"expires"_s), Qt::ISODate);
        if (!metadata.expires.isValid())
            return usageError(
                tr("--expires wants a date as YYYY-MM-DD, not “%1”").arg(parser.value(u"expires"_s)));
    }
    int code = Done;
    auto workspace = openWorkspaceAs(args.first(), parser, &code);
    if (!workspace)
        return code;
    for (const QString& locale : metadata.titles.keys() + metadata.alts.keys())
        if (!workspace->catalog().localeCodes().contains(locale))
            return usageError(tr("the workspace has no locale “%1”; it has %2")
                                  .arg(locale, workspace->catalog().localeCodes().join(u", "_s)));

    const bool json = parser.isSet(u"json"_s);
    QJsonArray report;
    int refused = 0;
    for (const QString& path : args.mid(1)) {
        QFile file(path);
        Status status;
        std::optional<AssetAdded> added;
        if (!file.open(QIODevice::ReadOnly))
            status = Status::invalid(tr("cannot read %1: %2").arg(path, file.errorString()));
        else
            added = workspace->importAsset(path, file.readAll(), metadata, &status);
        if (!added) {
            if (status.kind() == Status::Kind::Internal)
                return fail(status);
            ++refused;
            m_err << u"facetctl %1: %2\n"_s.arg(name(), status.message());
            if (json)
                report.append(QJsonObject{
                    {u"file"_s, path}, {u"status"_s, u"refused"_s}, {u"reason"_s, status.message()}});
            continue;
        }
        const QString outcome = added->deduplicated ? u"deduplicated"_s : u"added"_s;
        if (json) {
            report.append(QJsonObject{{u"file"_s, path},
                                      {u"status"_s, outcome},
                                      {u"id"_s, added->id},
                                      {u"sha256"_s, added->sha256},
                                      {u"mime_type"_s, added->mimeType}});
        } else {
            m_out << (added->deduplicated ? tr("deduplicated") : tr("added")) << u'\t' << added->id << u'\t'
                  << added->sha256 << u'\t' << added->mimeType << u'\t' << QFileInfo(path).fileName()
                  << u'\n';
        }
    }
    if (json)
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return refused > 0 ? UserError : Done;
}

// ---- assets list

QString AssetsListCommand::summary() const
{
    return tr("List the asset library: ID, SHA-256, media type, size, title, tags and expiry. --search finds "
              "words in file names, titles, alt texts, tags and rights.");
}

void AssetsListCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"WS"_s, tr("The workspace file."));
    parser.addOption({u"search"_s, tr("Only assets whose texts contain all these words."), tr("WORDS")});
    parser.addOption({u"tag"_s, tr("Only assets with this tag."), tr("TAG")});
    parser.addOption(
        {u"locale"_s, tr("The locale of the titles shown (default: the workspace's first)."), tr("LOCALE")});
    parser.addOption(jsonOption());
}

int AssetsListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected exactly one workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    AssetQuery query;
    query.search = parser.value(u"search"_s);
    query.tag = parser.value(u"tag"_s);
    const QStringList locales = workspace->catalog().localeCodes();
    const QString locale = parser.isSet(u"locale"_s) ? parser.value(u"locale"_s) : locales.value(0);
    const QList<Asset> assets = workspace->findAssets(query);
    if (parser.isSet(u"json"_s)) {
        QJsonArray rows;
        for (const Asset& a : assets)
            rows.append(assetJson(a));
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const Asset& a : assets) {
        const QString title = a.metadata.title(locale, locales);
        m_out << a.id << u'\t' << a.sha256.left(12) << u'\t' << a.mimeType << u'\t' << sizeText(a) << u'\t'
              << (title.isEmpty() ? a.fileName : title) << u'\t' << a.metadata.tags.join(u',');
        if (a.metadata.expires.isValid())
            m_out << u'\t'
                  << (a.metadata.isExpired() ? tr("expired %1") : tr("expires %1"))
                         .arg(a.metadata.expires.toString(Qt::ISODate));
        m_out << u'\n';
    }
    return Done;
}

// ---- assets show

QString AssetsShowCommand::summary() const
{
    return tr("Show one asset's metadata and where it is used (the records whose values refer to it).");
}

void AssetsShowCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"WS"_s, tr("The workspace file."));
    parser.addPositionalArgument(u"ASSET"_s, tr("The asset's id or SHA-256 (or its first 8+ digits)."));
    parser.addOption(jsonOption());
}

int AssetsShowCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and an asset id or SHA-256"));
    int code = Done;
    auto workspace = openWorkspace(args.first(), &code);
    if (!workspace)
        return code;
    Status status;
    const auto asset = findAsset(*workspace, args.at(1), &status);
    if (!asset)
        return fail(status);
    const QList<AssetUsage> usage = workspace->assetUsage(asset->id, &status);
    if (!status)
        return fail(status);
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = assetJson(*asset);
        QJsonArray used;
        for (const AssetUsage& u : usage)
            used.append(QJsonObject{{u"sku"_s, u.sku},
                                    {u"attribute"_s, u.attribute},
                                    {u"locale"_s, u.locale},
                                    {u"channel"_s, u.channel}});
        o.insert(u"used_by"_s, used);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    const AssetMetadata& m = asset->metadata;
    m_out << tr("id") << u":\t"_s << asset->id << u'\n' << u"sha256:\t"_s << asset->sha256 << u'\n'
          << tr("file") << u":\t"_s << asset->fileName << u'\n' << tr("type") << u":\t"_s << asset->mimeType
          << u'\n' << tr("size") << u":\t"_s << sizeText(*asset) << u", "_s
          << QLocale::c().formattedDataSize(asset->byteSize) << u'\n';
    for (auto it = m.titles.cbegin(); it != m.titles.cend(); ++it)
        m_out << tr("title") << u' ' << it.key() << u":\t"_s << it.value() << u'\n';
    for (auto it = m.alts.cbegin(); it != m.alts.cend(); ++it)
        m_out << tr("alt") << u' ' << it.key() << u":\t"_s << it.value() << u'\n';
    if (!m.rights.isEmpty())
        m_out << tr("rights") << u":\t"_s << m.rights << u'\n';
    if (m.expires.isValid())
        m_out << tr("expires") << u":\t"_s << m.expires.toString(Qt::ISODate)
              << (m.isExpired() ? u" ("_s + tr("expired") + u')' : QString()) << u'\n';
    if (!m.tags.isEmpty())
        m_out << tr("tags") << u":\t"_s << m.tags.join(u", "_s) << u'\n';
    m_out << QCoreApplication::translate("facet::cli", "used by %n value(s)", nullptr, int(usage.size()))
          << u'\n';
    for (const AssetUsage& u : usage) {
        m_out << u'\t' << u.sku << u'\t' << u.attribute;
        if (!u.locale.isEmpty())
            m_out << u'-' << u.locale;
        if (!u.channel.isEmpty())
            m_out << u'-' << u.channel;
        m_out << u'\n';
    }
    return Done;
}

// ---- assets rendition

QString AssetsRenditionCommand::summary() const
{
    return tr("Write an asset's rendition for a channel (the channel's settings.renditions: size, format, "
              "quality, background) to a file. Made once and cached in the workspace.");
}

void AssetsRenditionCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"WS"_s, tr("The workspace file."));
    parser.addPositionalArgument(u"ASSET"_s, tr("The asset's id or SHA-256."));
    parser.addOption({u"channel"_s, tr("The channel whose rendition to make."), tr("CODE")});
    parser.addOption({u"out"_s, tr("The file to write."), tr("FILE")});
}

int AssetsRenditionCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and an asset id or SHA-256"));
    if (!parser.isSet(u"channel"_s) || !parser.isSet(u"out"_s))
        return usageError(tr("--channel and --out are required"));
    int code = Done;
    auto workspace = openWorkspace(args.first(), &code);
    if (!workspace)
        return code;
    const Channel* channel = workspace->catalog().channel(parser.value(u"channel"_s));
    if (!channel)
        return fail(Status::invalid(tr("unknown channel “%1”").arg(parser.value(u"channel"_s))));
    QString error;
    const auto spec = RenditionSpec::forChannel(*channel, &error);
    if (!spec)
        return fail(Status::invalid(
            error.isEmpty() ? tr("channel %1 defines no renditions (settings.renditions)").arg(channel->code)
                            : error));
    Status status;
    const auto asset = findAsset(*workspace, args.at(1), &status);
    if (!asset)
        return fail(status);
    const auto rendition = workspace->rendition(asset->id, *spec, &status);
    if (!rendition)
        return fail(status);
    QSaveFile out(parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(rendition->content) != rendition->content.size() ||
        !out.commit())
        return fail(
            Status::invalid(tr("cannot write %1: %2").arg(parser.value(u"out"_s), out.errorString())));
    m_out << (rendition->cached ? tr("cached") : tr("made")) << u'\t' << rendition->mimeType << u'\t'
          << rendition->size.width() << u'×' << rendition->size.height() << u'\t' << rendition->content.size()
          << u'\t' << tr("from") << u' ' << rendition->sourceSha256 << u'\t' << tr("spec") << u' '
          << rendition->specHash.left(16) << u'\n';
    if (asset->metadata.isExpired())
        m_err << u"facetctl %1: "_s.arg(name())
              << tr("warning: %1 expired on %2; channels may no longer use it\n")
                     .arg(asset->fileName, asset->metadata.expires.toString(Qt::ISODate));
    return Done;
}

} // namespace facet::cli
