// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute parsing and rules, GTIN check digits, rich text and value keys.
#include "models/catalog/Catalog.h"
#include "models/catalog/Gtin.h"
#include "models/record/RichText.h"
#include "tests/common/TestCatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace facet;

class TestCatalogRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gtin_data()
    {
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("GTIN-13") << QStringLiteral("4006381333931") << true;
        QTest::newRow("GTIN-13 wrong check digit") << QStringLiteral("4006381333932") << false;
        QTest::newRow("GTIN-8") << QStringLiteral("96385074") << true;
        QTest::newRow("GTIN-12 (UPC-A)") << QStringLiteral("036000291452") << true;
        QTest::newRow("GTIN-14") << QStringLiteral("10012345678902") << true;
        QTest::newRow("letters") << QStringLiteral("40063813339A1") << false;
        QTest::newRow("wrong length") << QStringLiteral("400638133393") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void gtin()
    {
        QFETCH(QString, gtin);
        QFETCH(bool, valid);
        QCOMPARE(gtin::isValid(gtin), valid);
        if (valid)
            QCOMPARE(gtin::complete(gtin.chopped(1)), gtin);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("json"); // empty: parse error expected
        QTest::newRow("price collection")
            << "price" << "19.9 EUR,21.50 USD" << "{\"EUR\":\"19.90\",\"USD\":\"21.50\"}";
        QTest::newRow("price without currency") << "price" << "19.90" << "";
        QTest::newRow("metric with unit")
            << "weight" << "1.5 KILOGRAM" << "{\"amount\":1.5,\"unit\":\"KILOGRAM\"}";
        QTest::newRow("metric default unit") << "weight" << "900" << "{\"amount\":900,\"unit\":\"GRAM\"}";
        QTest::newRow("metric not a number") << "weight" << "heavy" << "";
        QTest::newRow("number") << "power" << "2200" << "2200";
        QTest::newRow("number text") << "power" << "lots" << "";
        QTest::newRow("boolean 1") << "refurbished" << "1" << "true";
        QTest::newRow("boolean no") << "refurbished" << "no" << "false";
        QTest::newRow("boolean maybe") << "refurbished" << "maybe" << "";
        QTest::newRow("date") << "release" << "2026-03-01" << "\"2026-03-01\"";
        QTest::newRow("date invalid") << "release" << "2026-02-30" << "";
        QTest::newRow("multi select sorted") << "features" << "quiet, eco" << "[\"eco\",\"quiet\"]";
        QTest::newRow("asset") << "image" << "7" << "7";
        QTest::newRow("asset negative") << "image" << "-1" << "";
        QTest::newRow("empty clears") << "name" << "" << "null";
    }
    void parse()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, text);
        QFETCH(QString, json);
        const Catalog catalog = test::smallCatalog();
        QString error;
        const auto value = catalog.attribute(attribute)->parse(text, &error);
        if (json.isEmpty()) {
            QVERIFY(!value);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(value, qPrintable(error));
        const QJsonValue expected = QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
        QCOMPARE(*value, expected);
        if (!value->isNull())
            QCOMPARE(
                *catalog.attribute(attribute)->parse(catalog.attribute(attribute)->format(*value), &error),
                *value);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("rule"); // empty: valid
        QTest::newRow("text ok") << "name" << "\"Kettle\"" << "";
        QTest::newRow("text too long")
            << "name" << "\"A kettle with a name far longer than forty characters\"" << "max_length";
        QTest::newRow("rich text counts visible characters") << "description" << "\"<p><b>ok</b></p>\"" << "";
        QTest::newRow("rich text script") << "description" << "\"<script>x</script>\"" << "rich_text";
        QTest::newRow("rich text attribute")
            << "description" << "\"<p onclick=\\\"x\\\">a</p>\"" << "rich_text";
        QTest::newRow("number above max") << "power" << "3500" << "maximum";
        QTest::newRow("number below min") << "power" << "-1" << "minimum";
        QTest::newRow("metric unit unknown") << "weight" << "{\"amount\":1,\"unit\":\"POUND\"}" << "unit";
        QTest::newRow("currency not accepted") << "price" << "{\"GBP\":\"1.00\"}" << "currency";
        QTest::newRow("price format") << "price" << "{\"EUR\":\"1.999\"}" << "price_format";
        QTest::newRow("negative price") << "price" << "{\"EUR\":\"-1.00\"}" << "minimum";
        QTest::newRow("unknown option") << "color" << "\"blue\"" << "option";
        QTest::newRow("known option") << "color" << "\"red\"" << "";
        QTest::newRow("unknown option in list") << "features" << "[\"eco\",\"loud\"]" << "option";
        QTest::newRow("gtin bad check digit") << "ean" << "\"4006381333932\"" << "gtin";
        QTest::newRow("gtin ok") << "ean" << "\"4006381333931\"" << "";
        QTest::newRow("wrong type") << "refurbished" << "\"yes\"" << "type";
    }
    void rules()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, json);
        QFETCH(QString, rule);
        const Catalog catalog = test::smallCatalog();
        const QJsonValue value = QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
        const auto violation = catalog.attribute(attribute)->check(value);
        QCOMPARE(violation ? violation->rule : QString(), rule);
        if (violation)
            QVERIFY(!violation->message.isEmpty());
    }

    void valueKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: error expected
        QTest::newRow("common") << "ean" << "ean";
        QTest::newRow("localized") << "name-de_DE" << "name-de_DE";
        QTest::newRow("localized and scoped") << "description-de_DE-print" << "description-de_DE-print";
        QTest::newRow("localizable needs a locale") << "name" << "";
        QTest::newRow("not localizable") << "ean-de_DE" << "";
        QTest::newRow("not scopable") << "price-web" << "";
        QTest::newRow("unknown attribute") << "colour" << "";
        QTest::newRow("unknown locale") << "name-xx_XX" << "";
    }
    void valueKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const Catalog catalog = test::smallCatalog();
        QString error;
        const auto key = catalog.parseValueKey(text, &error);
        QCOMPARE(key ? key->toString() : QString(), parsed);
        QCOMPARE(error.isEmpty(), !parsed.isEmpty());
    }

    void richTextToPlain()
    {
        QCOMPARE(RichText::toPlainText(
                     QStringLiteral("<p>Leise &amp; <b>schnell</b></p><ul><li>1,7 l</li><li>Grün</li></ul>")),
                 QStringLiteral("Leise & schnell\n• 1,7 l\n• Grün"));
        QCOMPARE(RichText::toPlainText(QStringLiteral("a<br>b&#233;&nbsp;c")),
                 QStringLiteral("a\nbé\u00a0c"));
    }

    void categorySubtree()
    {
        const Catalog catalog = test::smallCatalog();
        QCOMPARE(catalog.categorySubtree(QStringLiteral("kitchen")),
                 (QStringList{QStringLiteral("kitchen"), QStringLiteral("kettles")}));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRules)
#include "tst_catalogrules.moc"
