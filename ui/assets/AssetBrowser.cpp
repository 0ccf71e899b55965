// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assets/AssetBrowser.h"

#include "models/itemmodels/AssetListModel.h"
#include "models/storage/Workspace.h"
#include "ui/assets/AssetMetadataEditor.h"
#include "ui/assets/AssetThumbnailDelegate.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

AssetBrowser::AssetBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new AssetListModel(this))
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_grid(new QListView(this))
    , m_report(new QLabel(this))
    , m_editor(new AssetMetadataEditor(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"assetBrowser"_s);
    m_search->setObjectName(u"assetSearch"_s);
    m_search->setPlaceholderText(tr("Search titles, tags, file names…"));
    m_search->setClearButtonEnabled(true);
    m_tag->setObjectName(u"assetTagFilter"_s);
    m_report->setObjectName(u"assetImportReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    auto* add = new QPushButton(tr("Add files…"), this);
    add->setObjectName(u"addAssets"_s);

    m_grid->setObjectName(u"assetGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new AssetThumbnailDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(AssetListModel::ThumbnailEdge, AssetListModel::ThumbnailEdge) * 3 / 4);
    m_grid->setGridSize(QSize(AssetListModel::ThumbnailEdge + 24, AssetListModel::ThumbnailEdge + 24));
    m_grid->setUniformItemSizes(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWordWrap(true);
    m_grid->setTextElideMode(Qt::ElideRight);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setDragEnabled(true);
    m_grid->setDragDropMode(QAbstractItemView::DragOnly);
    // Files from the file manager land on the grid; the view's own drop handling is for moving items.
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->viewport()->installEventFilter(this);
    m_grid->setToolTip(tr("Drop JPEG, PNG, WebP, SVG or PDF files here to add them; drag a picture onto a "
                          "record's asset field to use it."));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tag);
    bar->addWidget(add);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_report);
    leftLayout->addWidget(m_grid, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &AssetBrowser::applyQuery);
    connect(m_tag, &QComboBox::activated, this, &AssetBrowser::applyQuery);
    connect(add, &QPushButton::clicked, this, &AssetBrowser::chooseFiles);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssetBrowser::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reload (after an edit or an import) keeps the asset in the editor selected.
        const qint64 id = m_editor->assetId();
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_grid->setCurrentIndex(m_model->index(row));
        else
            m_editor->showAsset(0);
    });
    connect(m_model, &AssetListModel::thumbnailReady, this, [this](qint64 id) {
        if (id == m_editor->assetId())
            m_editor->setPreview(m_model->index(m_model->rowOf(id)).data(Qt::DecorationRole).value<QImage>());
    });
    connect(m_editor, &AssetMetadataEditor::openRecordRequested, this, &AssetBrowser::openRecordRequested);
    connect(m_editor, &AssetMetadataEditor::errorOccurred, this, &AssetBrowser::errorOccurred);
}

void AssetBrowser::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_editor->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    if (m_workspace)
        connect(m_workspace, &Workspace::assetsChanged, this, &AssetBrowser::updateTags);
    updateTags();
    m_report->hide();
}

void AssetBrowser::updateTags()
{
    const QString current = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (m_workspace)
        for (const QString& tag : m_workspace->assetTags())
            m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void AssetBrowser::applyQuery()
{
    m_searchTimer->stop();
    AssetQuery query;
    query.search = m_search->text().trimmed();
    query.tag = m_tag->currentData().toString();
    m_model->setQuery(query);
}

void AssetBrowser::setSearchText(const QString& text)
{
    m_search->setText(text);
    applyQuery();
}

bool AssetBrowser::selectAsset(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_grid->setCurrentIndex(m_model->index(row));
    m_grid->scrollTo(m_model->index(row));
    return true;
}

void AssetBrowser::onCurrentChanged()
{
    const QModelIndex current = m_grid->currentIndex();
    const qint64 id = current.isValid() ? current.data(AssetListModel::IdRole).toLongLong() : 0;
    if (id != m_editor->assetId())
        m_editor->showAsset(id);
    if (current.isValid())
        m_editor->setPreview(current.data(Qt::DecorationRole).value<QImage>());
}

QString AssetBrowser::lastReport() const
{
    return m_report->text();
}

int AssetBrowser::addFiles(const QStringList& paths)
{
    if (!m_workspace)
        return int(paths.size());
    QStringList lines;
    int refused = 0;
    qint64 last = 0;
    for (const QString& path : paths) {
        QFile file(path);
        Status status;
        std::optional<AssetAdded> added;
        if (!file.open(QIODevice::ReadOnly))
            status =
                Status::invalid(tr("cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        else
            added = m_workspace->importAsset(path, file.readAll(), {}, &status);
        if (!added) {
            ++refused;
            lines << u"✗ "_s + status.message();
            continue;
        }
        last = added->id;
        lines << (added->deduplicated ? tr("= %1 is already in the library (deduplicated)")
                                      : tr("✓ %1 added"))
                     .arg(QFileInfo(path).fileName());
    }
    m_report->setText(lines.join(u'\n'));
    m_report->setStyleSheet(refused > 0 ? u"color: #c62828;"_s : QString());
    m_report->show();
    if (last > 0)
        selectAsset(last);
    return refused;
}

void AssetBrowser::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add to the asset library"), QString(),
                                      tr("Assets (*.jpg *.jpeg *.png *.webp *.svg *.pdf);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

bool AssetBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_grid->viewport())
        return QWidget::eventFilter(watched, event);
    auto hasFiles = [](const QMimeData* mime) { return mime && mime->hasUrls(); };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (hasFiles(drag->mimeData()) && m_workspace) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (!hasFiles(drop->mimeData()))
            return false;
        QStringList paths;
        for (const QUrl& url : drop->mimeData()->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        addFiles(paths);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace facet
