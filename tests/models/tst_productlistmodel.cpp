// SPDX-License-Identifier: GPL-3.0-or-later
// The item models the workbench shows: lazy keyset paging, sorting, search, category filter, in-place
// updates, and the category tree, all checked by QAbstractItemModelTester against a real SQLite workspace.
#include "models/itemmodels/CategoryTreeModel.h"
#include "models/itemmodels/ProductListModel.h"
#include "models/storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;

namespace {

constexpr int ProductCount = 1000;

Catalog kitchenCatalog()
{
    Catalog c;
    c.locales = {{QStringLiteral("en_US"), QStringLiteral("English")},
                 {QStringLiteral("de_DE"), QStringLiteral("Deutsch")}};
    c.channels = {{QStringLiteral("web"),
                   QStringLiteral("web"),
                   {},
                   {QStringLiteral("en_US"), QStringLiteral("de_DE")},
                   1,
                   {}}};
    c.groups = {{QStringLiteral("marketing"), {}, 0}};
    auto attribute = [](const char* code, AttributeType type, bool localizable) {
        Attribute a;
        a.code = QString::fromLatin1(code);
        a.type = type;
        a.group = QStringLiteral("marketing");
        a.localizable = localizable;
        return a;
    };
    c.attributes = {attribute("sku", AttributeType::Identifier, false),
                    attribute("name", AttributeType::Text, true),
                    attribute("description", AttributeType::Text, true)};
    const QStringList attributes{QStringLiteral("sku"), QStringLiteral("name"),
                                 QStringLiteral("description")};
    const QMap<QString, QStringList> requirements{
        {QStringLiteral("web"), {QStringLiteral("name"), QStringLiteral("description")}}};
    c.families = {{QStringLiteral("kettle"),
                   {{QStringLiteral("en_US"), QStringLiteral("Kettle")},
                    {QStringLiteral("de_DE"), QStringLiteral("Wasserkocher")}},
                   attributes,
                   QStringLiteral("name"),
                   requirements},
                  {QStringLiteral("toaster"),
                   {{QStringLiteral("en_US"), QStringLiteral("Toaster")}},
                   attributes,
                   QStringLiteral("name"),
                   requirements}};
    c.categories = {{QStringLiteral("kitchen"), {}, {{QStringLiteral("de_DE"), QStringLiteral("Küche")}}, 0},
                    {QStringLiteral("toasters"), QStringLiteral("kitchen"), {}, 2},
                    {QStringLiteral("kettles"), QStringLiteral("kitchen"), {}, 1},
                    {QStringLiteral("garden"), {}, {}, 1}};
    return c;
}

// Every second product is a toaster; every third has a description, so completeness has two values and
// long runs of equal sort keys across page boundaries.
MasterRecord product(int n)
{
    const bool toaster = n % 2 == 0;
    MasterRecord r;
    r.sku = QStringLiteral("P-%1").arg(n, 5, 10, QLatin1Char('0'));
    r.family = toaster ? QStringLiteral("toaster") : QStringLiteral("kettle");
    r.categories = {n % 10 == 0 ? QStringLiteral("garden")
                                : (toaster ? QStringLiteral("toasters") : QStringLiteral("kettles"))};
    // Names run against SKU order so sorting by name is not sorting by SKU.
    const QString word = toaster ? QStringLiteral("Toaster") : QStringLiteral("Kettle");
    r.setValue({QStringLiteral("name"), QStringLiteral("en_US"), {}},
               QStringLiteral("%1 %2").arg(word).arg(ProductCount - n, 4, 10, QLatin1Char('0')));
    r.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), {}},
               toaster ? QStringLiteral("Toaster %1").arg(n) : QStringLiteral("Wasserkocher %1").arg(n));
    if (n % 3 == 0) {
        r.setValue({QStringLiteral("description"), QStringLiteral("en_US"), {}}, QStringLiteral("Quick."));
        r.setValue({QStringLiteral("description"), QStringLiteral("de_DE"), {}}, QStringLiteral("Schnell."));
    }
    return r;
}

void fetchAll(ProductListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestProductListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Status status;
        m_ws = Workspace::open(m_dir.filePath(QStringLiteral("list.facet")), Workspace::OpenMode::Create,
                               &status);
        QVERIFY2(m_ws, qPrintable(status.message()));
        QVERIFY(m_ws->saveStructure(kitchenCatalog()).isOk());
        QList<MasterRecord> records;
        for (int n = 1; n <= ProductCount; ++n)
            records << product(n);
        const Status saved = m_ws->saveRecords(records);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
    }

    void pagesLoadLazily()
    {
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setWorkspace(m_ws.get());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.totalCount(), qint64(ProductCount));
        QCOMPARE(model.matchCount(), qint64(ProductCount));
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(inserted.size(), 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProductCount);
        QSet<QString> skus;
        for (int row = 0; row < model.rowCount(); ++row)
            skus.insert(model.skuAt(row));
        QCOMPARE(skus.size(), ProductCount);
        QCOMPARE(model.skuAt(0), QStringLiteral("P-00001"));
        QCOMPARE(model.rowOf(QStringLiteral("P-00500")), 499);
        QCOMPARE(model.index(3, ProductListModel::SkuColumn).data(ProductListModel::SkuRole).toString(),
                 QStringLiteral("P-00004"));
    }

    void columnsShowTheRow()
    {
        ProductListModel model;
        model.setWorkspace(m_ws.get());
        QCOMPARE(model.columnCount(), int(ProductListModel::ColumnCount));
        QCOMPARE(model.headerData(ProductListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ProductListModel::NameColumn), QStringLiteral("Kettle 0999"));
        QCOMPARE(cell(0, ProductListModel::FamilyColumn), QStringLiteral("Kettle"));
        QCOMPARE(cell(1, ProductListModel::FamilyColumn), QStringLiteral("Toaster"));
        QCOMPARE(model.index(0, ProductListModel::CompletenessColumn)
                     .data(ProductListModel::CompletenessRole)
                     .toInt(),
                 50);
        QCOMPARE(model.index(2, ProductListModel::CompletenessColumn)
                     .data(ProductListModel::CompletenessRole)
                     .toInt(),
                 100);
        QVERIFY(!cell(0, ProductListModel::UpdatedColumn).isEmpty());
        // Family labels follow the locale; a family without a label there falls back to its code.
        model.setLocale(QStringLiteral("de_DE"));
        QCOMPARE(cell(0, ProductListModel::FamilyColumn), QStringLiteral("Wasserkocher"));
        QCOMPARE(cell(1, ProductListModel::FamilyColumn), QStringLiteral("toaster"));
    }

    void updatedTextIsCompact()
    {
        const QDate today(2026, 3, 14);
        const QLocale c = QLocale::c();
        // Minutes, not the seconds of the C locale's short format; "today" rather than today's date.
        QCOMPARE(ProductListModel::updatedText(QDateTime(today, QTime(14, 5, 33)), today, c),
                 QStringLiteral("today 14:05"));
        const QDateTime older(QDate(2026, 3, 2), QTime(9, 7, 41));
        QCOMPARE(ProductListModel::updatedText(older, today, c),
                 c.toString(older.date(), QLocale::ShortFormat) + QStringLiteral(" 09:07"));
        QCOMPARE(ProductListModel::updatedText(older, today, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("02.03.26 09:07"));
        const QString american =
            ProductListModel::updatedText(older, today, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(american.startsWith(QStringLiteral("3/2/26 9:07")), qPrintable(american));
        QVERIFY(ProductListModel::updatedText(QDateTime(), today, c).isEmpty());
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        const QList<std::pair<const char*, int>> columns{
            {"sku", ProductListModel::SkuColumn},
            {"name", ProductListModel::NameColumn},
            {"family", ProductListModel::FamilyColumn},
            {"completeness", ProductListModel::CompletenessColumn},
            {"updated", ProductListModel::UpdatedColumn}};
        for (const auto& [name, column] : columns) {
            QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
            QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
        }
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        model.setPageSize(70); // pages end inside runs of equal values
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(reset.size(), column == ProductListModel::SkuColumn && order == Qt::AscendingOrder ? 0 : 1);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), order);
        fetchAll(model);
        // Every product exactly once, however many share a sort value.
        QCOMPARE(model.rowCount(), ProductCount);
        QSet<QString> skus;
        for (int row = 0; row < model.rowCount(); ++row)
            skus.insert(model.skuAt(row));
        QCOMPARE(skus.size(), ProductCount);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariant before = model.index(row - 1, column).data(ProductListModel::SortValueRole);
            const QVariant after = model.index(row, column).data(ProductListModel::SortValueRole);
            const auto c = QVariant::compare(before, after);
            QVERIFY2(
                order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                qPrintable(
                    QStringLiteral("row %1: %2 then %3").arg(row).arg(before.toString(), after.toString())));
        }
        if (column == ProductListModel::NameColumn)
            QCOMPARE(model.skuAt(0),
                     order == Qt::AscendingOrder ? QStringLiteral("P-00999") : QStringLiteral("P-00002"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("english word") << "toaster" << qint64(ProductCount / 2);
        QTest::newRow("german word") << "Wasserkocher" << qint64(ProductCount / 2);
        QTest::newRow("prefix") << "wasserk" << qint64(ProductCount / 2);
        QTest::newRow("two words") << "wasserkocher 777" << qint64(1);
        QTest::newRow("sku") << "P-00042" << qint64(1);
        QTest::newRow("nothing") << "dishwasher" << qint64(0);
        QTest::newRow("empty is everything") << "" << qint64(ProductCount);
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QSignalSpy counts(&model, &ProductListModel::countsChanged);
        model.setSearch(text);
        QCOMPARE(model.search(), text);
        QCOMPARE(model.matchCount(), expected);
        QCOMPARE(model.totalCount(), qint64(ProductCount));
        QCOMPARE(model.rowCount(), int(qMin<qint64>(expected, model.pageSize())));
        QCOMPARE(counts.size(), expected == ProductCount ? 0 : 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), int(expected));
        QVERIFY(!model.canFetchMore({}));
    }

    void categoryFilter_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("root with its subtree") << "kitchen" << qint64(900);
        QTest::newRow("leaf") << "kettles" << qint64(500);
        QTest::newRow("other root") << "garden" << qint64(100);
        QTest::newRow("none") << "" << qint64(ProductCount);
    }

    void categoryFilter()
    {
        QFETCH(QString, category);
        QFETCH(qint64, expected);
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        model.setCategory(category);
        QCOMPARE(model.matchCount(), expected);
        fetchAll(model);
        QCOMPARE(model.rowCount(), int(expected));
        // Search and category combine.
        model.setSearch(QStringLiteral("toaster"));
        const qint64 toasters = category == u"kettles"  ? 0
                                : category == u"garden" ? 100
                                : category.isEmpty()    ? 500
                                                        : 400;
        QCOMPARE(model.matchCount(), toasters);
    }

    void savedRecordUpdatesItsRowInPlace()
    {
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        model.fetchMore({});
        const int row = 250;
        const QString sku = model.skuAt(row);
        auto record = m_ws->record(sku);
        QVERIFY(record);
        record->setValue({QStringLiteral("name"), QStringLiteral("en_US"), {}},
                         QStringLiteral("Renamed kettle"));
        record->setValue({QStringLiteral("description"), QStringLiteral("en_US"), {}},
                         QStringLiteral("Now complete."));
        record->setValue({QStringLiteral("description"), QStringLiteral("de_DE"), {}},
                         QStringLiteral("Jetzt vollständig."));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_ws->saveRecord(*record).isOk());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.skuAt(row), sku);
        QCOMPARE(model.index(row, ProductListModel::NameColumn).data().toString(),
                 QStringLiteral("Renamed kettle"));
        QCOMPARE(model.index(row, ProductListModel::CompletenessColumn)
                     .data(ProductListModel::CompletenessRole)
                     .toInt(),
                 100);
        QVERIFY(m_ws->saveRecord(product(sku.mid(2).toInt())).isOk());
    }

    void newAndRemovedProductsReload()
    {
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        MasterRecord extra = product(ProductCount + 1);
        extra.sku = QStringLiteral("A-FIRST");
        QVERIFY(m_ws->saveRecord(extra).isOk());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.totalCount(), qint64(ProductCount + 1));
        QCOMPARE(model.skuAt(0), QStringLiteral("A-FIRST"));
        QVERIFY(m_ws->removeRecord(QStringLiteral("A-FIRST")).isOk());
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.totalCount(), qint64(ProductCount));
        QCOMPARE(model.skuAt(0), QStringLiteral("P-00001"));
    }

    void closedWorkspaceEmptiesTheModel()
    {
        Status status;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("short.facet")), Workspace::OpenMode::Create,
                                  &status);
        QVERIFY(ws);
        QVERIFY(ws->saveStructure(kitchenCatalog()).isOk());
        QVERIFY(ws->saveRecords({product(1), product(2)}).isOk());
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.get());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.canFetchMore({}));
        ws.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), qint64(0));
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void categoryTree()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex kitchen = model.index(0, 0);
        QCOMPARE(model.codeAt(kitchen), QStringLiteral("kitchen"));
        QCOMPARE(kitchen.data().toString(), QStringLiteral("kitchen")); // no en_US label: the code
        QCOMPARE(model.rowCount(kitchen), 2);
        QCOMPARE(model.index(0, 0, kitchen).data(CategoryTreeModel::CodeRole).toString(),
                 QStringLiteral("kettles"));
        QCOMPARE(model.index(1, 0, kitchen).data(CategoryTreeModel::CodeRole).toString(),
                 QStringLiteral("toasters"));
        QCOMPARE(model.parent(model.index(1, 0, kitchen)), kitchen);
        QCOMPARE(model.indexOf(QStringLiteral("toasters")), model.index(1, 0, kitchen));

        model.setLocale(QStringLiteral("de_DE"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Küche"));

        model.setAllItemLabel(QStringLiteral("All products"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All products"));
        QCOMPARE(model.codeAt(model.index(0, 0)), QString());
        QCOMPARE(model.indexOf(QString()), model.index(0, 0));
        QCOMPARE(model.codeAt(model.index(1, 0)), QStringLiteral("kitchen"));
    }

    void categoryTreeShowsBrokenParentsAsRoots()
    {
        Catalog catalog;
        catalog.categories = {{QStringLiteral("a"), QStringLiteral("b"), {}, 0},
                              {QStringLiteral("b"), QStringLiteral("a"), {}, 0},
                              {QStringLiteral("orphan"), QStringLiteral("missing"), {}, 0},
                              {QStringLiteral("self"), QStringLiteral("self"), {}, 0},
                              {QStringLiteral("child"), QStringLiteral("orphan"), {}, 0}};
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex orphan = model.indexOf(QStringLiteral("orphan"));
        QVERIFY(orphan.isValid());
        QCOMPARE(model.rowCount(orphan), 1);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
