// SPDX-License-Identifier: GPL-3.0-or-later
// The asset library on the offscreen platform: lazy thumbnails, search and tag filter, files dropped from a
// file manager (good and bad), the metadata editor with its expiry warning and where-used list, and an asset
// dragged onto a record's asset field.
#include "models/editing/RecordDocument.h"
#include "models/itemmodels/AssetListModel.h"
#include "models/storage/Workspace.h"
#include "tests/common/AssetFiles.h"
#include "tests/common/TestCatalog.h"
#include "ui/assets/AssetBrowser.h"
#include "ui/assets/AssetMetadataEditor.h"
#include "ui/editor/AssetValueEditor.h"
#include "ui/editor/RecordEditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace facet;
using namespace Qt::StringLiterals;

class TestAssetBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssetBrowser> m_browser;
    qint64 m_kettle = 0;
    qint64 m_logo = 0;
    qint64 m_expired = 0;

    template <typename T> T* find(const QString& name) const { return m_browser->findChild<T*>(name); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    // What a file manager sends: a drag entering the grid, then the drop.
    bool dropFiles(const QStringList& paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls << QUrl::fromLocalFile(p);
        data.setUrls(urls);
        QWidget* viewport = m_browser->grid()->viewport();
        const QPoint at = viewport->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Status status;
        m_workspace = Workspace::open(
            m_dir.filePath(u"%1.facet"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            Workspace::OpenMode::Create, &status);
        QVERIFY(m_workspace);
        QVERIFY(m_workspace->saveStructure(test::smallCatalog()));
        AssetMetadata kettle;
        kettle.titles.insert(u"en_US"_s, u"Red kettle"_s);
        kettle.tags = {u"kitchen"_s};
        AssetMetadata logo;
        logo.titles.insert(u"en_US"_s, u"Brand logo"_s);
        logo.tags = {u"brand"_s};
        AssetMetadata old;
        old.titles.insert(u"en_US"_s, u"Old campaign"_s);
        old.expires = QDate(2020, 1, 31);
        m_kettle =
            m_workspace->importAsset(u"kettle.png"_s, test::imageFile("png", 300, 200), kettle, &status)->id;
        m_logo = m_workspace->importAsset(u"logo.svg"_s, test::svgFile(), logo, &status)->id;
        m_expired = m_workspace->importAsset(u"old.jpg"_s, test::imageFile("jpeg"), old, &status)->id;
        MasterRecord r = test::kettle(1);
        r.setValue({u"image"_s, {}, {}}, m_kettle);
        QVERIFY(m_workspace->saveRecord(r));
        m_browser = std::make_unique<AssetBrowser>();
        m_browser->resize(1000, 700);
        m_browser->setWorkspace(m_workspace.get());
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    }

    void cleanup()
    {
        m_browser.reset();
        m_workspace.reset();
    }

    void showsLazyThumbnails()
    {
        AssetListModel* model = m_browser->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0).data().toString(), u"Red kettle"_s);
        // The view asked for the visible rows' pictures; workers make them and the rows update.
        QTRY_VERIFY(model->index(0).data(AssetListModel::ThumbnailReadyRole).toBool());
        QTRY_VERIFY(model->index(1).data(AssetListModel::ThumbnailReadyRole).toBool());
        QTRY_COMPARE(model->pendingThumbnails(), 0);
        const QImage thumbnail = model->index(0).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(160, 106));
        QCOMPARE(model->index(1).data(Qt::DecorationRole).value<QImage>().size(), QSize(160, 80));
        // Cached in the workspace: the next session decodes a small PNG instead of the original.
        QVERIFY(m_workspace->cachedRendition(m_workspace->asset(m_kettle)->sha256,
                                             RenditionSpec::thumbnail(160)));
        QCOMPARE(model->index(2).data(AssetListModel::ExpiredRole).toBool(), true);
        QCOMPARE(model->index(0).data(AssetListModel::ExpiredRole).toBool(), false);
        // The selected asset's editor shows the thumbnail too.
        QVERIFY(m_browser->selectAsset(m_kettle));
        QCOMPARE(find<QLabel>(u"assetPreview"_s)->pixmap().size(), QSize(160, 106));
    }

    void searchAndTagFilter()
    {
        auto* search = find<QLineEdit>(u"assetSearch"_s);
        QTest::keyClicks(search, u"kettle"_s);
        QTRY_COMPARE(m_browser->model()->rowCount(), 1);
        QCOMPARE(m_browser->model()->index(0).data(AssetListModel::IdRole).toLongLong(), m_kettle);
        search->clear();
        m_browser->setSearchText(QString());
        QCOMPARE(m_browser->model()->rowCount(), 3);
        auto* tags = find<QComboBox>(u"assetTagFilter"_s);
        QCOMPARE(tags->count(), 3); // all, brand, kitchen
        tags->setCurrentIndex(tags->findData(u"brand"_s));
        Q_EMIT tags->activated(tags->currentIndex());
        QCOMPARE(m_browser->model()->rowCount(), 1);
        QCOMPARE(m_browser->model()->index(0).data(AssetListModel::IdRole).toLongLong(), m_logo);
    }

    void droppingFilesAddsThem()
    {
        const QString good = writeFile(u"new.webp"_s, test::imageFile("webp", 40, 40));
        const QString again = writeFile(u"same-kettle.png"_s, test::imageFile("png", 300, 200));
        const QString bad = writeFile(u"renamed.jpg"_s, test::imageFile("png", 20, 20));
        QVERIFY(dropFiles({good, again, bad}));
        QCOMPARE(m_browser->model()->rowCount(), 4);
        QCOMPARE(m_workspace->assets().size(), 4);
        QCOMPARE(m_browser->lastReport(),
                 u"✓ new.webp added\n= same-kettle.png is already in the library (deduplicated)\n"
                 u"✗ renamed.jpg was refused: its name says JPEG, but its content is PNG"_s);
        QVERIFY(find<QLabel>(u"assetImportReport"_s)->isVisible());
        // The asset added last is selected for its metadata.
        QCOMPARE(m_browser->metadataEditor()->assetId(), m_kettle);
    }

    void metadataEditorSavesAndShowsUsage()
    {
        QVERIFY(m_browser->selectAsset(m_kettle));
        AssetMetadataEditor* editor = m_browser->metadataEditor();
        QCOMPARE(editor->assetId(), m_kettle);
        QListWidget* usage = editor->usageList();
        QCOMPARE(usage->count(), 1);
        QCOMPARE(usage->item(0)->text(), u"KET-0001 — image"_s);
        QTableWidget* texts = editor->textsTable();
        QCOMPARE(texts->rowCount(), 2);
        QCOMPARE(texts->item(0, 0)->text(), u"en_US"_s);
        QCOMPARE(texts->item(0, 1)->text(), u"Red kettle"_s);
        texts->item(1, 1)->setText(u"Roter Wasserkocher"_s);
        texts->item(1, 2)->setText(u"Ein roter Wasserkocher"_s);
        find<QLineEdit>(u"assetRights"_s)->setText(u"© Studio"_s);
        find<QLineEdit>(u"assetTags"_s)->setText(u"kitchen, Red"_s);
        QTest::mouseClick(find<QPushButton>(u"saveAssetMetadata"_s), Qt::LeftButton);
        const AssetMetadata saved = m_workspace->asset(m_kettle)->metadata;
        QCOMPARE(saved.titles.value(u"de_DE"_s), u"Roter Wasserkocher"_s);
        QCOMPARE(saved.alts.value(u"de_DE"_s), u"Ein roter Wasserkocher"_s);
        QCOMPARE(saved.rights, u"© Studio"_s);
        QCOMPARE(saved.tags, (QStringList{u"kitchen"_s, u"red"_s}));
        QVERIFY(!find<QLabel>(u"assetExpiryWarning"_s)->isVisible());
        // The expired asset warns.
        QVERIFY(m_browser->selectAsset(m_expired));
        QVERIFY(find<QLabel>(u"assetExpiryWarning"_s)->isVisible());
        QVERIFY2(find<QLabel>(u"assetExpiryWarning"_s)->text().startsWith(u"Expired on"_s),
                 qPrintable(find<QLabel>(u"assetExpiryWarning"_s)->text()));
        QCOMPARE(editor->usageList()->item(0)->text(), u"No record uses this asset."_s);
    }

    void draggingOntoARecordField()
    {
        RecordEditor recordEditor;
        recordEditor.resize(900, 800);
        recordEditor.setWorkspace(m_workspace.get());
        recordEditor.showRecord(u"KET-0001"_s);
        recordEditor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&recordEditor));
        AssetValueEditor* field = recordEditor.findChild<AssetValueEditor*>();
        QVERIFY(field);
        QVERIFY(!field->findChild<QLabel*>(u"assetExpiryWarning"_s)->isVisible());

        AssetListModel* model = m_browser->model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(model->rowOf(m_expired))}));
        QVERIFY(data->hasFormat(AssetListModel::mimeType()));
        const QPoint at = field->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(field, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(field, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(recordEditor.document()->record().value({u"image"_s, {}, {}}), QJsonValue(m_expired));
        QLabel* warning = field->findChild<QLabel*>(u"assetExpiryWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"expired"_s), qPrintable(warning->text()));
    }
};

QTEST_MAIN(TestAssetBrowser)
#include "tst_assetbrowser.moc"
