// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderPublication.h"

#include "models/publishing/CatalogPdf.h"
#include "models/publishing/FeedAssembler.h"
#include "models/publishing/FolderJournal.h"
#include "models/publishing/FolderLayout.h"
#include "models/publishing/FolderLock.h"
#include "models/publishing/FolderManifest.h"
#include "models/publishing/FolderStaging.h"
#include "models/publishing/FolderState.h"
#include "models/publishing/SiteIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

namespace {

// Phase timings: QT_LOGGING_RULES="facet.publishing.folder.debug=true".
Q_LOGGING_CATEGORY(lcFolder, "facet.publishing.folder", QtInfoMsg)

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

using Staged = FolderStaging::File;

class Run
{
public:
    Run(const FolderPublication::Input& input, const std::function<bool()>& cancelled)
        : m_in(input)
        , m_cancelled(cancelled)
        , m_kind(input.channel.kind)
        , m_stagingFolder(FolderJournal::stagingFolder(input.publicationId))
    {
    }

    // Checks every name and builds every contribution; writes nothing.
    Status prepare();
    std::optional<FolderPublication::Result> publish(Status* status);

private:
    struct Item
    {
        const Rendering* rendering = nullptr;
        FolderLayout::Contribution contribution;
        QString checksum;
    };

    Status addAggregates();
    Status addWeb(const QSet<QString>& locales);
    Status addPrint(const QSet<QString>& locales);
    Status addFeed(const QSet<QString>& locales);
    void addOutbox();
    // A rebuilt aggregate is written only when its bytes differ from what the folder has.
    FolderManifest::Entry addAggregate(const QString& path, const QByteArray& content,
                                       std::optional<FolderManifest::Entry> known = std::nullopt);
    void stageState(const QString& locale, const QByteArray& bytes);
    void removeState(const QString& locale);
    Status loadManifest();
    void removePublished(const QString& path);
    std::optional<FolderState> state(const QString& locale, Status* status);
    std::optional<FolderState> loadState(const QString& locale, Status* status) const;
    QString absolute(const QString& relative) const { return m_in.root + u'/' + relative; }

    const FolderPublication::Input& m_in;
    const std::function<bool()>& m_cancelled;
    const QString m_kind;
    const QString m_stagingFolder;
    QList<Item> m_items;
    FolderManifest m_manifest;
    bool m_manifestLoaded = false;
    QList<Staged> m_staged;
    QSet<QString> m_stagedPaths;
    QStringList m_removals;
    QMap<QString, FolderState> m_states;
};

std::optional<FolderState> Run::state(const QString& locale, Status* status)
{
    if (const auto it = m_states.constFind(locale); it != m_states.cend())
        return *it;
    std::optional<FolderState> loaded = loadState(locale, status);
    if (loaded)
        m_states.insert(locale, *loaded);
    return loaded;
}

std::optional<FolderState> Run::loadState(const QString& locale, Status* status) const
{
    std::optional<FolderState> loaded = FolderState::load(m_in.root, locale, status);
    if (!loaded)
        return loaded;
    if (!loaded->unresolved().isEmpty()) {
        // Only the items that stay as they are come back out of the published feed.
        QSet<QString> replaced;
        for (const Item& item : std::as_const(m_items))
            if (item.rendering->locale == locale)
                replaced.insert(item.rendering->sku);
        for (const auto& [sku, itemLocale] : m_in.withdrawn)
            if (itemLocale == locale)
                replaced.insert(sku);
        if (Status resolved = loaded->resolveExcept(absolute(FolderLayout::feedPath(locale)), replaced);
            !resolved) {
            *status = resolved;
            return std::nullopt;
        }
    }
    return loaded;
}

void Run::stageState(const QString& locale, const QByteArray& bytes)
{
    m_staged.append({FolderState::path(locale), bytes, {}});
    if (QFileInfo::exists(absolute(FolderState::legacyPath(locale))))
        m_removals << FolderState::legacyPath(locale);
}

void Run::removeState(const QString& locale)
{
    for (const QString& path : {FolderState::path(locale), FolderState::legacyPath(locale)})
        if (QFileInfo::exists(absolute(path)))
            m_removals << path;
}

FolderManifest::Entry Run::addAggregate(const QString& path, const QByteArray& content,
                                        std::optional<FolderManifest::Entry> known)
{
    const FolderManifest::Entry entry = known ? *known : FolderManifest::entryFor(content);
    if (m_manifest.entry(path) == entry && QFileInfo(absolute(path)).size() == entry.bytes)
        return entry;
    m_staged.append({path, content, entry});
    m_stagedPaths.insert(path);
    return entry;
}

void Run::removePublished(const QString& path)
{
    if (m_manifest.entry(path) || QFileInfo::exists(absolute(path)))
        m_removals << path;
    m_manifest.remove(path);
}

Status Run::prepare()
{
    if (!FolderLayout::isKnownKind(m_kind))
        return Status::invalid(tr("Folder targets cannot publish the channel kind “%1”.").arg(m_kind));
    QSet<QPair<QString, QString>> seen;
    for (const Rendering& rendering : m_in.renderings) {
        Status status;
        std::optional<FolderLayout::Contribution> c =
            FolderLayout::contribution(m_in.channel, rendering, &status);
        if (!c)
            return status;
        if (seen.contains({rendering.sku, rendering.locale}))
            return Status::invalid(
                tr("%1 (%2) is in the publication twice.").arg(rendering.sku, rendering.locale));
        seen.insert({rendering.sku, rendering.locale});
        const QString checksum = QString::fromLatin1(FolderLayout::checksum(*c));
        m_items.append({&rendering, std::move(*c), checksum});
    }
    for (const auto& [sku, locale] : m_in.withdrawn) {
        if (Status names = FolderLayout::checkNames(m_kind, sku, locale); !names)
            return names;
        if (seen.contains({sku, locale}))
            return Status::invalid(tr("%1 (%2) is both published and withdrawn.").arg(sku, locale));
    }
    for (const PublishedFile& asset : m_in.assets)
        if (!FolderLayout::isSafeAssetPath(asset.path))
            return Status::invalid(tr("The asset path “%1” is not below the folder.").arg(asset.path));
    return Status::ok();
}

Status Run::addWeb(const QSet<QString>& locales)
{
    QSet<QString> published(locales.begin(), locales.end());
    for (const QString& locale : FolderState::locales(m_in.root))
        published.insert(locale);
    struct Page
    {
        QString locale;
        const FolderState* state = nullptr;
        QByteArray index;
        FolderManifest::Entry entry;
        QByteArray stateBytes;
    };
    QList<Page> pages;
    for (const QString& locale : locales) {
        Status status;
        if (!state(locale, &status))
            return status;
        const FolderState& s = *m_states.constFind(locale);
        if (s.products().isEmpty()) {
            removePublished(FolderLayout::indexPath(locale));
            removeState(locale);
            published.remove(locale);
        } else {
            pages.append({locale, &s, {}, {}, {}});
        }
    }
    // Each locale's index of thousands of products is built and hashed on its own processor.
    QtConcurrent::blockingMap(pages, [this](Page& page) {
        QMap<QString, QString> titles;
        for (auto it = page.state->products().begin(); it != page.state->products().end(); ++it)
            titles.insert(titles.cend(), it.key(), QString::fromUtf8(it.value()));
        page.index = SiteIndex::localeIndex(m_in.channel, page.locale, titles);
        page.entry = FolderManifest::entryFor(page.index);
        page.stateBytes = page.state->toBytes();
    });
    for (const Page& page : std::as_const(pages)) {
        addAggregate(FolderLayout::indexPath(page.locale), page.index, page.entry);
        stageState(page.locale, page.stateBytes);
    }
    QStringList sorted(published.begin(), published.end());
    sorted.sort();
    if (sorted.isEmpty())
        removePublished(u"index.html"_s);
    else
        addAggregate(u"index.html"_s, SiteIndex::rootIndex(m_in.channel, sorted));
    return Status::ok();
}

Status Run::addPrint(const QSet<QString>& locales)
{
    const bool catalog = m_in.settings.value(u"catalog").toBool();
    QSet<QString> all(locales.begin(), locales.end());
    for (const QString& locale : FolderState::locales(m_in.root))
        all.insert(locale);
    QHash<QString, QByteArray> staged;
    for (const Staged& file : std::as_const(m_staged))
        staged.insert(file.path, file.content);
    for (const QString& locale : std::as_const(all)) {
        const QString path = FolderLayout::catalogPath(locale);
        // An untouched locale needs work only when the setting changed since its catalog was written.
        const bool hasCatalog = m_manifest.entry(path).has_value();
        if (!locales.contains(locale) && hasCatalog == catalog)
            continue;
        Status status;
        std::optional<FolderState> s = state(locale, &status);
        if (!s)
            return status;
        if (!catalog || s->products().isEmpty()) {
            removePublished(path);
        } else {
            QList<QByteArray> documents;
            QStringList names;
            for (auto it = s->products().begin(); it != s->products().end(); ++it) {
                const QString product = FolderLayout::productPaths(m_kind, it.key(), locale).value(0);
                QByteArray pdf = staged.value(product);
                if (pdf.isNull()) {
                    QFile file(absolute(product));
                    if (!file.open(QIODevice::ReadOnly))
                        return Status::internal(tr("Cannot read %1 for the catalog: %2")
                                                    .arg(file.fileName(), file.errorString()));
                    pdf = file.readAll();
                }
                documents << pdf;
                names << product;
            }
            QString error;
            const QByteArray merged = CatalogPdf::merge(documents, names, &error);
            if (merged.isEmpty())
                return Status::invalid(error);
            addAggregate(path, merged);
        }
        if (locales.contains(locale)) {
            if (s->products().isEmpty())
                removeState(locale);
            else
                stageState(locale, s->toBytes());
        }
    }
    return Status::ok();
}

Status Run::addFeed(const QSet<QString>& locales)
{
    QString link = m_in.channel.settings.value(u"base_url").toString();
    if (link.isEmpty())
        link = m_in.channel.settings.value(u"link_base").toString();
    for (const QString& locale : locales) {
        Status status;
        std::optional<FolderState> s = state(locale, &status);
        if (!s)
            return status;
        const FeedAssembler feed(m_in.channel.label(locale), link, m_in.channel.label(locale));
        // The state keeps items as the feed writes them: only this publication's items are read again.
        struct Normalized
        {
            const Item* item;
            QByteArray xml;
            QString error;
        };
        QList<Normalized> normalized;
        for (const Item& item : std::as_const(m_items))
            if (item.rendering->locale == locale)
                normalized.append({&item, {}, {}});
        QtConcurrent::blockingMap(normalized, [&feed](Normalized& n) {
            n.xml = feed.normalize(n.item->contribution.feedItem, &n.error);
        });
        for (const Normalized& n : std::as_const(normalized)) {
            if (n.xml.isEmpty())
                return Status::invalid(tr("The feed item of %1 (%2) cannot be published: %3")
                                           .arg(n.item->rendering->sku, locale, n.error));
            s->products().insert(n.item->rendering->sku, n.xml);
        }
        m_states.insert(locale, *s);
        // An empty feed stays: it tells the merchant platform that nothing is on offer any more. The state
        // keeps where each item is in the feed rather than a second copy of it.
        const QList<QByteArray> items = s->products().values();
        QList<qint64> offsets;
        const QByteArray document = feed.document(items, &offsets);
        const FolderManifest::Entry entry = addAggregate(FolderLayout::feedPath(locale), document);
        QList<FolderState::Place> places;
        places.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i)
            places.append({offsets.at(i), items.at(i).size()});
        stageState(locale, s->toBytes(document, places, entry.sha256));
    }
    return Status::ok();
}

void Run::addOutbox()
{
    QList<const Item*> items;
    for (const Item& item : std::as_const(m_items))
        items << &item;
    std::sort(items.begin(), items.end(), [](const Item* a, const Item* b) {
        return std::pair(a->rendering->sku, a->rendering->locale) <
               std::pair(b->rendering->sku, b->rendering->locale);
    });
    QByteArray outbox;
    for (const Item* item : std::as_const(items))
        outbox += item->contribution.outboxLine + '\n';
    auto withdrawn = m_in.withdrawn;
    std::sort(withdrawn.begin(), withdrawn.end());
    for (const auto& [sku, locale] : std::as_const(withdrawn))
        outbox += FolderLayout::deleteLine(m_in.channel, sku, locale) + '\n';
    if (!outbox.isEmpty())
        m_staged.append({FolderLayout::outboxPath(m_in.publicationId), outbox, {}});
}

Status Run::addAggregates()
{
    QSet<QString> locales;
    for (const Item& item : std::as_const(m_items))
        locales.insert(item.rendering->locale);
    for (const auto& [sku, locale] : m_in.withdrawn)
        locales.insert(locale);
    const FolderLayout::Shape shape = FolderLayout::shape(m_kind);
    if (shape == FolderLayout::Shape::Outbox) {
        addOutbox();
        return Status::ok();
    }
    if (m_kind == u"web" || m_kind == u"print" || shape == FolderLayout::Shape::Feed) {
        // The locales' states are read, and a feed's items taken back out of it, side by side.
        struct Loading
        {
            QString locale;
            std::optional<FolderState> state;
            Status status;
        };
        QList<Loading> loading;
        for (const QString& locale : std::as_const(locales))
            loading.append({locale, std::nullopt, Status::ok()});
        QtConcurrent::blockingMap(loading, [this](Loading& l) { l.state = loadState(l.locale, &l.status); });
        for (const Loading& l : std::as_const(loading)) {
            if (!l.state)
                return l.status;
            m_states.insert(l.locale, *l.state);
        }
        for (const QString& locale : std::as_const(locales)) {
            Status status;
            std::optional<FolderState> s = state(locale, &status);
            if (!s)
                return status;
            for (const auto& [sku, itemLocale] : m_in.withdrawn)
                if (itemLocale == locale)
                    s->products().remove(sku);
            for (const Item& item : std::as_const(m_items))
                if (item.rendering->locale == locale)
                    // A feed's item is stored once addFeed() has it in the feed's own form.
                    s->products().insert(item.rendering->sku, item.contribution.title.toUtf8());
            m_states.insert(locale, *s);
        }
    }
    if (m_kind == u"web")
        return addWeb(locales);
    if (m_kind == u"print")
        return addPrint(locales);
    if (shape == FolderLayout::Shape::Feed)
        return addFeed(locales);
    return Status::ok();
}

Status Run::loadManifest()
{
    if (m_manifestLoaded)
        return Status::ok();
    Status loaded;
    std::optional<FolderManifest> manifest = FolderManifest::load(m_in.root, &loaded);
    if (!manifest)
        return loaded;
    m_manifest = std::move(*manifest);
    m_manifestLoaded = true;
    return Status::ok();
}

std::optional<FolderPublication::Result> Run::publish(Status* status)
{
    const auto fail = [status](const Status& s) -> std::optional<FolderPublication::Result> {
        if (status)
            *status = s;
        return std::nullopt;
    };
    QElapsedTimer clock;
    clock.start();
    // A publication with nothing in it reads the manifest only where an aggregate may change anyway (the
    // web's root index, the print catalogs when the setting changed).
    if (!m_items.isEmpty() || !m_in.withdrawn.isEmpty() || !m_in.assets.isEmpty() || m_kind == u"web" ||
        m_kind == u"print") {
        if (Status loaded = loadManifest(); !loaded)
            return fail(loaded);
        qCDebug(lcFolder) << m_in.root << "manifest loaded" << clock.restart() << "ms";
    }

    for (const Item& item : std::as_const(m_items))
        for (const PublishedFile& file : item.contribution.files) {
            m_staged.append({file.path, file.content, {}});
            m_stagedPaths.insert(file.path);
        }
    for (const auto& [sku, locale] : m_in.withdrawn)
        for (const QString& path : FolderLayout::productPaths(m_kind, sku, locale))
            removePublished(path);
    for (const PublishedFile& asset : m_in.assets) {
        const FolderManifest::Entry entry = FolderManifest::entryFor(asset.content);
        if (m_stagedPaths.contains(asset.path) ||
            (m_manifest.entry(asset.path) == entry && QFileInfo(absolute(asset.path)).size() == entry.bytes))
            continue;
        m_staged.append({asset.path, asset.content, entry});
        m_stagedPaths.insert(asset.path);
    }
    if (Status aggregated = addAggregates(); !aggregated)
        return fail(aggregated);
    qCDebug(lcFolder) << "aggregates" << clock.restart() << "ms";
    if (m_staged.isEmpty() && m_removals.isEmpty()) {
        // Nothing changed: the folder stays byte for byte as it is, manifest included.
        if (status)
            *status = Status::ok();
        return FolderPublication::Result{};
    }
    if (Status loaded = loadManifest(); !loaded)
        return fail(loaded);

    // Hashed first, so the manifest and its binary copy are written and flushed with everything else.
    FolderStaging::hash(m_staged);
    FolderPublication::Result result;
    for (const Staged& file : std::as_const(m_staged)) {
        if (FolderManifest::isInternal(file.path))
            continue;
        m_manifest.set(file.path, file.entry);
        result.bytesWritten += file.content.size();
        ++result.filesWritten;
    }
    QJsonObject info = m_in.publicationInfo;
    if (!info.contains(u"id"))
        info.insert(u"id"_s, m_in.publicationId);
    m_manifest.setPublication(info);
    QFuture<QByteArray> unsealed = QtConcurrent::run([this] { return m_manifest.toUnsealedCache(); });
    const QByteArray manifestJson = m_manifest.toJson();
    QByteArray cache = unsealed.result();
    FolderManifest::sealCache(&cache, manifestJson);
    // Last: the journal renames in this order, and until the manifest is in place the folder still
    // describes itself as the previous publication.
    m_staged.append({FolderManifest::cachePath(), cache, {}, false});
    m_staged.append({FolderManifest::fileName.toString(), manifestJson, {}});
    result.bytesWritten += manifestJson.size();
    ++result.filesWritten;
    qCDebug(lcFolder) << "manifest built" << clock.restart() << "ms";

    bool cancelled = false;
    Status staged = FolderStaging::write(absolute(m_stagingFolder), m_staged, {absolute(u".facet"_s)},
                                         m_cancelled, &cancelled);
    qCDebug(lcFolder) << "staged" << m_staged.size() << "files" << clock.restart() << "ms";
    if (!staged || cancelled) {
        FolderJournal::discardStaging(m_in.root);
        return fail(cancelled ? Status::invalid(tr("The publication was cancelled; the folder is unchanged."))
                              : staged);
    }

    if (m_cancelled && m_cancelled()) {
        FolderJournal::discardStaging(m_in.root);
        return fail(Status::invalid(tr("The publication was cancelled; the folder is unchanged.")));
    }

    FolderJournal journal;
    journal.publicationId = m_in.publicationId;
    for (const Staged& file : std::as_const(m_staged))
        journal.renames.append({m_stagingFolder + u'/' + file.path, file.path});
    journal.removals = m_removals;
    if (Status committed = journal.commit(m_in.root); !committed) {
        FolderJournal::discardStaging(m_in.root);
        return fail(committed);
    }
    for (const QString& removal : std::as_const(m_removals))
        if (!FolderManifest::isInternal(removal))
            ++result.filesRemoved;
    if (Status applied = journal.apply(m_in.root); !applied)
        return fail(applied); // committed: the next run or recover() finishes it
    qCDebug(lcFolder) << "committed and applied" << clock.restart() << "ms";

    const QString outbox = FolderLayout::outboxPath(m_in.publicationId);
    const QString feed = u"feed"_s;
    for (const Item& item : std::as_const(m_items)) {
        FolderPublication::WrittenRendering written{
            item.rendering->sku, item.rendering->locale, {}, item.checksum};
        for (const PublishedFile& file : item.contribution.files)
            written.paths << file.path;
        if (!item.contribution.outboxLine.isEmpty())
            written.paths << outbox;
        if (!item.contribution.feedItem.isEmpty())
            written.paths << FolderLayout::feedPath(item.rendering->locale);
        result.written << written;
    }
    if (status)
        *status = Status::ok();
    return result;
}

} // namespace

std::optional<FolderPublication::Result>
FolderPublication::publish(const Input& input, const std::function<bool()>& cancelled, Status* status)
{
    if (input.root.isEmpty() || QDir::isRelativePath(input.root)) {
        if (status)
            *status = Status::invalid(tr("The folder “%1” is not an absolute path.").arg(input.root));
        return std::nullopt;
    }
    Input in = input;
    in.root = QDir::cleanPath(input.root);
    // Refusals come before the lock, which is already a write.
    Run run(in, cancelled);
    if (Status prepared = run.prepare(); !prepared) {
        if (status)
            *status = prepared;
        return std::nullopt;
    }
    FolderLock lock(in.root);
    if (Status locked = lock.acquire(); !locked) {
        if (status)
            *status = locked;
        return std::nullopt;
    }
    if (Status recovered = FolderJournal::recover(in.root); !recovered) {
        if (status)
            *status = recovered;
        return std::nullopt;
    }
    return run.publish(status);
}

QString FolderPublication::checksum(const Channel& channel, const Rendering& rendering)
{
    Status status;
    const std::optional<FolderLayout::Contribution> c =
        FolderLayout::contribution(channel, rendering, &status);
    return c ? QString::fromLatin1(FolderLayout::checksum(*c)) : QString();
}

Status FolderPublication::recover(const QString& root)
{
    if (!QFileInfo(root + u"/.facet"_s).isDir())
        return Status::ok();
    FolderLock lock(QDir::cleanPath(root));
    if (Status locked = lock.acquire(); !locked)
        return locked;
    return FolderJournal::recover(QDir::cleanPath(root));
}

QList<FolderPublication::Problem> FolderPublication::verify(const QString& root, Status* status)
{
    const QString folder = QDir::cleanPath(root);
    QList<Problem> problems;
    Status loaded;
    const std::optional<FolderManifest> manifest = FolderManifest::load(folder, &loaded);
    if (!manifest || !manifest->exists()) {
        if (status)
            *status =
                manifest
                    ? Status::invalid(tr("%1 has no manifest.json: nothing was published there.").arg(folder))
                    : loaded;
        return problems;
    }
    for (const auto& [path, problem] : manifest->differences(folder))
        problems.append({path, problem});
    if (status)
        *status = Status::ok();
    return problems;
}

} // namespace facet
