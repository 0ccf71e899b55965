// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical form and content hash, scoped-value resolution, completeness and validation of a master
// record.
#include "models/record/Completeness.h"
#include "models/record/Validator.h"
#include "tests/common/TestCatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace facet;

class TestMasterRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFormIsOrderIndependent()
    {
        MasterRecord a = test::kettle(1);
        MasterRecord b;
        b.sku = a.sku;
        b.family = a.family;
        b.categories = {QStringLiteral("kettles"), QStringLiteral("kettles")};
        // Insert in reverse order: the canonical bytes must not care.
        for (auto it = a.values.constEnd(); it != a.values.constBegin();) {
            --it;
            b.setValue(it.key(), it.value());
        }
        QCOMPARE(b.canonicalJson(), a.canonicalJson());
        QCOMPARE(b.contentHash(), a.contentHash());
        QCOMPARE(a.contentHash(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(a.canonicalJson(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(a.contentHash().size(), 64);
    }

    void canonicalFormIsStable()
    {
        MasterRecord r;
        r.sku = QStringLiteral("A-1");
        r.family = QStringLiteral("kettle");
        r.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), {}}, QStringLiteral("Grün"));
        r.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), QStringLiteral("print")},
                   QStringLiteral("Grün!"));
        QCOMPARE(r.canonicalJson(),
                 QByteArray("{\"categories\":[],\"family\":\"kettle\",\"sku\":\"A-1\",\"values\":{\"name\":{"
                            "\"de_DE|\":\"Grün\",\"de_DE|print\":\"Grün!\"}}}"));
    }

    // The hand-written canonical writer must agree with a JSON library building the same sorted object.
    void canonicalFormMatchesReferenceWriter()
    {
        QRandomGenerator random(42);
        const QStringList samples{QStringLiteral("plain"),
                                  QStringLiteral("quote \" and \\ backslash"),
                                  QStringLiteral("tab\tnew\nline\r\b\f"),
                                  QString(QChar(0x01)) + QChar(0x1f),
                                  QStringLiteral("Grüße, ça va? 😀 – “quotes” </script>"),
                                  QStringLiteral("")};
        for (int round = 0; round < 200; ++round) {
            MasterRecord r;
            r.sku = QStringLiteral("S-%1").arg(round);
            r.family = samples.at(round % samples.size());
            r.categories = {samples.at((round + 1) % samples.size()), QStringLiteral("b"),
                            QStringLiteral("a")};
            const QStringList scopes{QString(), QStringLiteral("de_DE"), QStringLiteral("en_US")};
            for (int i = 0; i < 12; ++i) {
                const ValueKey key{QStringLiteral("attr%1").arg(random.bounded(5)),
                                   scopes.at(random.bounded(3)),
                                   random.bounded(2) ? QStringLiteral("print") : QString()};
                QJsonValue v;
                switch (random.bounded(5)) {
                case 0:
                    v = QString(samples.at(random.bounded(samples.size())) + u'x');
                    break;
                case 1:
                    v = random.bounded(100000) / 100.0;
                    break;
                case 2:
                    v = bool(random.bounded(2));
                    break;
                case 3:
                    v = QJsonObject{{QStringLiteral("EUR"), QStringLiteral("1.00")},
                                    {QStringLiteral("USD"), QStringLiteral("2.50")}};
                    break;
                default:
                    v = QJsonArray{QStringLiteral("b"), QStringLiteral("a\"")};
                    break;
                }
                r.setValue(key, v);
            }
            QJsonObject values;
            for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
                QJsonObject scoped = values.value(it.key().attribute).toObject();
                scoped.insert(it.key().scope(), it.value());
                values.insert(it.key().attribute, scoped);
            }
            QStringList categories = r.categories;
            categories.sort();
            categories.removeDuplicates();
            const QJsonObject reference{
                {QStringLiteral("sku"), r.sku},
                {QStringLiteral("family"), r.family},
                {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                {QStringLiteral("values"), values}};
            QCOMPARE(r.canonicalJson(), QJsonDocument(reference).toJson(QJsonDocument::Compact));
        }
    }

    void anyChangeChangesTheHash()
    {
        const MasterRecord original = test::kettle(1);
        MasterRecord changed = original;
        changed.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), {}},
                         QStringLiteral("Wasserkocher 1 grun"));
        QVERIFY(changed.contentHash() != original.contentHash());
        changed = original;
        changed.categories << QStringLiteral("garden");
        QVERIFY(changed.contentHash() != original.contentHash());
    }

    void roundTripThroughCanonicalForm()
    {
        const MasterRecord original = test::kettle(3);
        const auto parsed = MasterRecord::fromCanonicalJson(original.canonicalJson());
        QVERIFY(parsed);
        QCOMPARE(*parsed, original);
        QVERIFY(!MasterRecord::fromCanonicalJson("{not json"));
    }

    void clearingRemovesTheValue()
    {
        MasterRecord r = test::kettle(1);
        const QString before = r.contentHash();
        r.setValue({QStringLiteral("name"), QStringLiteral("en_US"), QStringLiteral("web")},
                   QStringLiteral("x"));
        r.setValue({QStringLiteral("name"), QStringLiteral("en_US"), QStringLiteral("web")},
                   QStringLiteral("  "));
        QCOMPARE(r.contentHash(), before);
    }

    void scopedValueWins()
    {
        MasterRecord r = test::kettle(1);
        r.setValue({QStringLiteral("name"), QStringLiteral("de_DE"), QStringLiteral("print")},
                   QStringLiteral("Druckname"));
        QCOMPARE(
            r.resolve(QStringLiteral("name"), QStringLiteral("de_DE"), QStringLiteral("print")).toString(),
            QStringLiteral("Druckname"));
        QCOMPARE(r.resolve(QStringLiteral("name"), QStringLiteral("de_DE"), QStringLiteral("web")).toString(),
                 QStringLiteral("Wasserkocher 1 grün"));
        QCOMPARE(r.resolve(QStringLiteral("name"), QStringLiteral("de_DE"), {}).toString(),
                 QStringLiteral("Wasserkocher 1 grün"));
    }

    void completeness()
    {
        const Catalog catalog = test::smallCatalog();
        MasterRecord r = test::kettle(1);
        QList<Completeness> entries = Completeness::compute(catalog, r);
        QCOMPARE(entries.size(), 3); // web en_US, web de_DE, print de_DE
        auto find = [&entries](const char* channel, const char* locale) {
            for (const Completeness& c : entries) {
                if (c.channel == QLatin1StringView(channel) && c.locale == QLatin1StringView(locale))
                    return c;
            }
            return Completeness{};
        };
        QCOMPARE(find("web", "en_US").percent(), 100);
        QCOMPARE(find("web", "de_DE").missing, QStringList{QStringLiteral("description")});
        QCOMPARE(find("web", "de_DE").percent(), 75);
        QCOMPARE(find("print", "de_DE").missing,
                 (QStringList{QStringLiteral("description"), QStringLiteral("weight")}));
        // A print-only override completes print without touching web.
        r.setValue({QStringLiteral("description"), QStringLiteral("de_DE"), QStringLiteral("print")},
                   QStringLiteral("<p>Kocht schnell.</p>"));
        entries = Completeness::compute(catalog, r);
        QCOMPARE(find("print", "de_DE").missing, QStringList{QStringLiteral("weight")});
        QCOMPARE(find("web", "de_DE").missing, QStringList{QStringLiteral("description")});
        QCOMPARE(Completeness::overallPercent(entries), (100 + 75 + 75) / 3);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("rule");
        QTest::newRow("name too long")
            << "name|de_DE|" << "\"Ein Wasserkocher mit einem viel zu langen Namen\"" << "max_length";
        QTest::newRow("locale missing") << "name||" << "\"Kettle\"" << "localizable";
        QTest::newRow("unknown locale") << "name|it_IT|" << "\"Bollitore\"" << "locale";
        QTest::newRow("channel lacks locale") << "name|en_US|print" << "\"Kettle\"" << "channel_locale";
        QTest::newRow("not scopable") << "price||web" << "{\"EUR\":\"1.00\"}" << "scopable";
        QTest::newRow("unknown channel") << "name|de_DE|tv" << "\"x\"" << "channel";
        QTest::newRow("bad gtin") << "ean||" << "\"1234567890123\"" << "gtin";
        QTest::newRow("unknown attribute") << "colour||" << "\"red\"" << "attribute";
    }
    void validation()
    {
        QFETCH(QString, key);
        QFETCH(QString, json);
        QFETCH(QString, rule);
        const Catalog catalog = test::smallCatalog();
        MasterRecord r = test::kettle(1);
        const QStringList parts = key.split(u'|');
        r.setValue({parts.at(0), parts.at(1), parts.at(2)},
                   QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0));
        const QList<ValidationError> errors = Validator::validate(catalog, r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().rule, rule);
        QCOMPARE(errors.first().sku, r.sku);
        QCOMPARE(errors.first().attribute, parts.at(0));
        // The message names the record, the attribute and the rule.
        QVERIFY(errors.first().toString().contains(r.sku));
        QVERIFY(errors.first().toString().contains(parts.at(0)));
        QVERIFY(errors.first().toString().contains(rule));
    }

    void skuRule_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters, digits, dash") << "A-1" << true;
        QTest::newRow("dot, underscore, slash") << "a.b_c/9" << true;
        QTest::newRow("100 characters") << QString(100, u'x') << true;
        QTest::newRow("101 characters") << QString(101, u'x') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("starts with a dash") << "-A1" << false;
        QTest::newRow("space") << "A 1" << false;
        QTest::newRow("umlaut") << QStringLiteral("Gr\u00fcn") << false;
        // A regular expression's "$" matched before a final line break, which let this one through.
        QTest::newRow("trailing line break") << "A-1\n" << false;
    }
    void skuRule()
    {
        QFETCH(QString, sku);
        QFETCH(bool, valid);
        MasterRecord r = test::kettle(1);
        r.sku = sku;
        const QList<ValidationError> errors = Validator::validate(test::smallCatalog(), r);
        QCOMPARE(errors.size(), valid ? 0 : 1);
        if (!valid)
            QCOMPARE(errors.first().rule, QStringLiteral("sku"));
    }

    void validRecordPasses()
    {
        QCOMPARE(Validator::validate(test::smallCatalog(), test::kettle(1)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMasterRecord)
#include "tst_masterrecord.moc"
