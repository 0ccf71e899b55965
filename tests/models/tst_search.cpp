// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search and the product list: every locale, prefixes, diacritics, paging by key, kept in sync on
// write.
#include "models/storage/Workspace.h"
#include "tests/common/TestCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace facet;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    qint64 hits(const QString& text, const QString& category = {})
    {
        ProductQuery q;
        q.search = text;
        q.category = category;
        return m_ws->productCount(q);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Status status;
        m_ws = Workspace::open(m_dir.filePath(QStringLiteral("search.facet")), Workspace::OpenMode::Create,
                               &status);
        QVERIFY(m_ws);
        QVERIFY(m_ws->saveStructure(test::smallCatalog()).isOk());
        QList<MasterRecord> records;
        for (int i = 1; i <= 250; ++i) {
            MasterRecord r = test::kettle(i);
            if (i % 2 == 0)
                r.categories = {QStringLiteral("garden")};
            records << r;
        }
        records[9].setValue({QStringLiteral("description"), QStringLiteral("de_DE"), {}},
                            QStringLiteral("<p>Mit <b>Überhitzungsschutz</b> und Kalkfilter.</p>"));
        QVERIFY(m_ws->saveRecords(records).isOk());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("sku") << "KET-0010" << qint64(1);
        QTest::newRow("sku prefix") << "KET-001" << qint64(10);
        QTest::newRow("english name") << "kettle" << qint64(250);
        QTest::newRow("german word in rich text") << "Überhitzungsschutz" << qint64(1);
        QTest::newRow("prefix") << "Überhitz" << qint64(1);
        QTest::newRow("diacritics ignored") << "uberhitzungsschutz" << qint64(1);
        QTest::newRow("german name and number") << "wasserkocher 42" << qint64(1);
        QTest::newRow("all words must match") << "kettle nonexistent" << qint64(0);
        QTest::newRow("fts syntax is inert") << "kettle OR \"NEAR(" << qint64(0);
        QTest::newRow("punctuation only matches everything") << "  ,;  " << qint64(250);
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(hits(text), expected);
    }

    void categoryFilterIncludesDescendants()
    {
        QCOMPARE(hits({}, QStringLiteral("kitchen")), 125);
        QCOMPARE(hits({}, QStringLiteral("kettles")), 125);
        QCOMPARE(hits(QStringLiteral("KET-000"), QStringLiteral("garden")), 4);
    }

    void indexFollowsEdits()
    {
        MasterRecord r = *m_ws->record(QStringLiteral("KET-0001"));
        r.setValue({QStringLiteral("name"), QStringLiteral("en_US"), {}}, QStringLiteral("Teapot deluxe"));
        QVERIFY(m_ws->saveRecord(r).isOk());
        QCOMPARE(hits(QStringLiteral("teapot")), 1);
        QCOMPARE(hits(QStringLiteral("kettle")), 249);
        QVERIFY(m_ws->removeRecord(QStringLiteral("KET-0001")).isOk());
        QCOMPARE(hits(QStringLiteral("teapot")), 0);
    }

    void pagingByKey_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("sku ascending") << int(ProductQuery::SortColumn::Sku) << true;
        QTest::newRow("sku descending") << int(ProductQuery::SortColumn::Sku) << false;
        QTest::newRow("label ascending") << int(ProductQuery::SortColumn::Label) << true;
        QTest::newRow("completeness descending") << int(ProductQuery::SortColumn::Completeness) << false;
        QTest::newRow("family ascending (ties)") << int(ProductQuery::SortColumn::Family) << true;
    }
    void pagingByKey()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        ProductQuery q;
        q.sortColumn = ProductQuery::SortColumn(column);
        q.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
        q.limit = 1000;
        const QList<ProductRow> all = m_ws->products(q);
        QCOMPARE(all.size(), m_ws->productCount());
        QList<ProductRow> paged;
        q.limit = 7;
        for (;;) {
            const QList<ProductRow> page = m_ws->products(q);
            paged << page;
            if (page.size() < q.limit)
                break;
            q.afterValue = ProductQuery::sortValue(page.last(), q.sortColumn);
            q.afterId = page.last().id;
        }
        QCOMPARE(paged.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(paged.at(i).id, all.at(i).id);
        if (q.sortColumn == ProductQuery::SortColumn::Sku)
            QCOMPARE(all.first().sku < all.last().sku, ascending);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
