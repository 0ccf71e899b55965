// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/AssetListModel.h"

#include "models/assets/AssetSniffer.h"
#include "models/assets/RenditionGenerator.h"
#include "models/storage/Workspace.h"

#include <QBuffer>
#include <QFuture>
#include <QImageReader>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

struct ThumbnailJob
{
    QString sha256;
    QImage image;
    QByteArray rendition; // the PNG to cache in the workspace, empty when it came from there
};

} // namespace

AssetListModel::AssetListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_thumbnails(2000)
{
}

AssetListModel::~AssetListModel()
{
    *m_alive = false;
}

void AssetListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_thumbnails.clear();
    m_pending.clear();
    if (m_workspace) {
        connect(m_workspace, &Workspace::assetsChanged, this, &AssetListModel::reload);
        if (m_locale.isEmpty())
            m_locale = m_workspace->catalog().localeCodes().value(0);
        m_fallbacks = m_workspace->catalog().localeCodes();
    }
    reload();
}

Workspace* AssetListModel::workspace() const
{
    return m_workspace;
}

void AssetListModel::setQuery(const AssetQuery& query)
{
    m_query = query;
    reload();
}

void AssetListModel::setLocale(const QString& locale)
{
    m_locale = locale;
    if (!m_assets.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_assets.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void AssetListModel::reload()
{
    beginResetModel();
    m_assets = m_workspace ? m_workspace->findAssets(m_query) : QList<Asset>();
    endResetModel();
}

const Asset* AssetListModel::assetAt(int row) const
{
    return row >= 0 && row < m_assets.size() ? &m_assets.at(row) : nullptr;
}

int AssetListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_assets.size(); ++i)
        if (m_assets.at(i).id == id)
            return int(i);
    return -1;
}

int AssetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

QVariant AssetListModel::data(const QModelIndex& index, int role) const
{
    const Asset* a = index.isValid() ? assetAt(index.row()) : nullptr;
    if (!a)
        return {};
    const QDate today = QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = a->metadata.title(m_locale, m_fallbacks);
        return title.isEmpty() ? a->fileName : title;
    }
    case Qt::ToolTipRole: {
        QString tip = a->fileName + u"\n"_s + a->mimeType;
        if (!a->size.isEmpty())
            tip += u", %1 × %2"_s.arg(a->size.width()).arg(a->size.height());
        if (!a->metadata.rights.isEmpty())
            tip += u'\n' + a->metadata.rights;
        if (a->metadata.isExpired(today))
            tip += u'\n' + tr("Expired on %1: channels may no longer use it.")
                               .arg(QLocale().toString(a->metadata.expires, QLocale::ShortFormat));
        return tip;
    }
    case Qt::DecorationRole:
        if (const QImage* thumbnail = m_thumbnails.object(a->sha256))
            return *thumbnail;
        requestThumbnail(index.row());
        return placeholder(a->mimeType);
    case IdRole:
        return a->id;
    case Sha256Role:
        return a->sha256;
    case FileNameRole:
        return a->fileName;
    case MimeTypeRole:
        return a->mimeType;
    case TagsRole:
        return a->metadata.tags;
    case ExpiresRole:
        return a->metadata.expires;
    case ExpiredRole:
        return a->metadata.isExpired(today);
    case ExpiresSoonRole:
        return a->metadata.expires.isValid() && !a->metadata.isExpired(today) &&
               today.daysTo(a->metadata.expires) <= 30;
    case ThumbnailReadyRole:
        return m_thumbnails.contains(a->sha256);
    default:
        return {};
    }
}

Qt::ItemFlags AssetListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList AssetListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* AssetListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const Asset* a = assetAt(indexes.first().row());
    if (!a)
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(a->id));
    data->setText(a->fileName);
    return data;
}

void AssetListModel::requestThumbnail(int row) const
{
    const Asset* a = assetAt(row);
    if (!a || !m_workspace || m_pending.contains(a->sha256))
        return;
    m_pending.insert(a->sha256);
    const RenditionSpec spec = RenditionSpec::thumbnail(ThumbnailEdge);
    // The bytes are read here (the workspace belongs to this thread); decoding and drawing run on a worker.
    QByteArray cached;
    if (const auto r = m_workspace->cachedRendition(a->sha256, spec))
        cached = r->content;
    Asset source = cached.isEmpty() ? m_workspace->asset(a->id).value_or(*a) : *a;
    auto* self = const_cast<AssetListModel*>(this);
    QtConcurrent::run([source = std::move(source), cached, spec]() {
        ThumbnailJob job{source.sha256, {}, {}};
        if (!cached.isEmpty()) {
            job.image.loadFromData(cached, "PNG");
            return job;
        }
        QString error;
        const Rendition r = RenditionGenerator::generate(source, spec, &error);
        if (r.isValid()) {
            job.image.loadFromData(r.content, "PNG");
            job.rendition = r.content;
        }
        return job;
    }).then(self, [self, alive = m_alive, spec](const ThumbnailJob& job) {
        if (!*alive)
            return;
        self->onThumbnail(job.sha256, job.image);
        if (!job.rendition.isEmpty() && self->m_workspace) {
            Rendition r;
            r.sourceSha256 = job.sha256;
            r.specHash = spec.hash();
            r.spec = spec.toJson();
            r.mimeType = spec.mimeType();
            r.size = job.image.size();
            r.content = job.rendition;
            self->m_workspace->storeRendition(r);
        }
    });
}

void AssetListModel::onThumbnail(const QString& sha256, const QImage& image)
{
    m_pending.remove(sha256);
    // A file that cannot be drawn keeps its placeholder, but counts as done so it is not tried again.
    m_thumbnails.insert(sha256, new QImage(image.isNull() ? placeholder(QString()) : image));
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        if (m_assets.at(i).sha256 != sha256)
            continue;
        const QModelIndex at = index(int(i));
        Q_EMIT dataChanged(at, at, {Qt::DecorationRole, ThumbnailReadyRole});
        Q_EMIT thumbnailReady(m_assets.at(i).id);
    }
}

QImage AssetListModel::placeholder(const QString& mimeType) const
{
    // A page with the type's name: what a PDF that cannot be drawn, or a thumbnail still being made, shows.
    const QString type = AssetSniffer::typeName(AssetSniffer::typeForMimeType(mimeType));
    if (const auto it = m_placeholders.constFind(type); it != m_placeholders.constEnd())
        return *it;
    QImage image(ThumbnailEdge, ThumbnailEdge, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page(ThumbnailEdge * 0.22, ThumbnailEdge * 0.1, ThumbnailEdge * 0.56, ThumbnailEdge * 0.8);
    p.setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 2));
    p.setBrush(QColor(0xf4, 0xf5, 0xf7));
    p.drawRoundedRect(page, 6, 6);
    if (!type.isEmpty()) {
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(ThumbnailEdge / 8);
        p.setFont(font);
        p.setPen(QColor(0x5f, 0x63, 0x68));
        p.drawText(page, Qt::AlignCenter, type);
    }
    p.end();
    m_placeholders.insert(type, image);
    return image;
}

} // namespace facet
