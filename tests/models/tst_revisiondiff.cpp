// SPDX-License-Identifier: GPL-3.0-or-later
// The revision diff: which values changed (attribute, locale, channel), and which words inside a text.
#include "models/workflow/RevisionDiff.h"
#include "tests/common/TestCatalog.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

// "=same -removed +added", one marked span after another, so expectations read like the diff itself.
QString render(const QList<DiffSpan>& spans)
{
    QString out;
    for (const DiffSpan& s : spans) {
        const QChar mark = s.kind == DiffSpan::Kind::Same    ? u'='
                           : s.kind == DiffSpan::Kind::Added ? u'+'
                                                             : u'-';
        out += u'[' + mark + s.text + u']';
    }
    return out;
}

QString side(const QList<DiffSpan>& spans, DiffSpan::Kind skipped)
{
    QString out;
    for (const DiffSpan& s : spans)
        if (s.kind != skipped)
            out += s.text;
    return out;
}

} // namespace

class TestRevisionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << u"Boils fast."_s << u"Boils fast."_s << u"[=Boils fast.]"_s;
        QTest::newRow("one word replaced")
            << u"Boils fast."_s << u"Boils quickly."_s << u"[=Boils ][-fast][+quickly][=.]"_s;
        QTest::newRow("word added at the end")
            << u"Quiet kettle"_s << u"Quiet kettle today"_s << u"[=Quiet kettle][+ today]"_s;
        QTest::newRow("word removed in the middle")
            << u"A very quiet kettle"_s << u"A quiet kettle"_s << u"[=A ][-very ][=quiet kettle]"_s;
        QTest::newRow("punctuation only")
            << u"Fast, quiet"_s << u"Fast; quiet"_s << u"[=Fast][-,][+;][= quiet]"_s;
        QTest::newRow("from empty") << QString() << u"New text"_s << u"[+New text]"_s;
        QTest::newRow("to empty") << u"Old text"_s << QString() << u"[-Old text]"_s;
        QTest::newRow("umlauts stay whole")
            << u"grüner Kessel"_s << u"grüne Kessel"_s << u"[-grüner][+grüne][= Kessel]"_s;
    }
    void words()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QList<DiffSpan> spans = RevisionDiff::words(before, after);
        QCOMPARE(render(spans), expected);
        QCOMPARE(side(spans, DiffSpan::Kind::Added), before);
        QCOMPARE(side(spans, DiffSpan::Kind::Removed), after);
    }

    void fields_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << u"none"_s << QString();
        QTest::newRow("localized text changed") << u"name-de"_s << u"changed name-de_DE"_s;
        QTest::newRow("channel override added") << u"name-web"_s << u"added name-en_US-web"_s;
        QTest::newRow("value removed") << u"remove-ean"_s << u"removed ean"_s;
        QTest::newRow("price changed") << u"price"_s << u"changed price"_s;
        QTest::newRow("rich text changed") << u"description"_s << u"changed description-en_US"_s;
        QTest::newRow("two values") << u"name-de+price"_s << u"changed name-de_DE; changed price"_s;
    }
    void fields()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const Catalog catalog = test::smallCatalog();
        const MasterRecord before = test::kettle(1);
        MasterRecord after = before;
        if (change.contains(u"name-de"))
            after.setValue({u"name"_s, u"de_DE"_s, {}}, u"Wasserkocher 1 rot"_s);
        if (change == u"name-web")
            after.setValue({u"name"_s, u"en_US"_s, u"web"_s}, u"Kettle 1 online"_s);
        if (change == u"remove-ean")
            after.setValue({u"ean"_s, {}, {}}, QJsonValue());
        if (change.contains(u"price"))
            after.setValue({u"price"_s, {}, {}}, QJsonObject{{u"EUR"_s, u"34.90"_s}});
        if (change == u"description")
            after.setValue({u"description"_s, u"en_US"_s, {}},
                           u"<p>Boils <b>very fast</b>.</p><ul><li>1.7 l</li><li>quiet</li></ul>"_s);
        const RevisionDiff d = RevisionDiff::compare(before, after, &catalog);
        QStringList got;
        for (const FieldChange& c : d.changes)
            got << (c.kind == FieldChange::Kind::Added     ? u"added "_s
                    : c.kind == FieldChange::Kind::Removed ? u"removed "_s
                                                           : u"changed "_s) +
                       c.key.toString();
        QCOMPARE(got.join(u"; "), expected);
        QCOMPARE(d.isEmpty(), expected.isEmpty());
    }

    void wordSpansInsideValues()
    {
        const Catalog catalog = test::smallCatalog();
        const MasterRecord before = test::kettle(1);
        MasterRecord after = before;
        after.setValue({u"name"_s, u"de_DE"_s, {}}, u"Wasserkocher 1 rot"_s);
        after.setValue({u"description"_s, u"en_US"_s, {}},
                       u"<p>Boils <b>very fast</b>.</p><ul><li>1.7 l</li><li>quiet</li></ul>"_s);
        const RevisionDiff d = RevisionDiff::compare(before, after, &catalog);
        QCOMPARE(d.changes.size(), 2);
        // Rich text is compared as its text: the markup does not show up as changed words.
        const FieldChange& description = d.changes.at(0);
        QCOMPARE(description.key.attribute, u"description"_s);
        QVERIFY(render(description.spans).contains(u"[+very ]"_s));
        QVERIFY(!render(description.spans).contains(u"<b>"_s));
        QCOMPARE(render(d.changes.at(1).spans), u"[=Wasserkocher 1 ][-grün][+rot]"_s);
        // Prices are not text: no word spans.
        MasterRecord priced = before;
        priced.setValue({u"price"_s, {}, {}}, QJsonObject{{u"EUR"_s, u"34.90"_s}});
        QVERIFY(RevisionDiff::compare(before, priced, &catalog).changes.first().spans.isEmpty());
    }

    void familyAndCategories()
    {
        const MasterRecord before = test::kettle(1);
        MasterRecord after = before;
        after.categories = {u"garden"_s, u"kettles"_s};
        const RevisionDiff d = RevisionDiff::compare(before, after);
        QCOMPARE(d.categoriesAdded, QStringList{u"garden"_s});
        QVERIFY(d.categoriesRemoved.isEmpty());
        QVERIFY(!d.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"
