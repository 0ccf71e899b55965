// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workspace: it must be valid, rich enough to show every feature, and honest about incompleteness.
#include "models/catalog/Gtin.h"
#include "models/demo/DemoImages.h"
#include "models/demo/DemoWorkspace.h"
#include "models/record/RichText.h"
#include "models/record/Validator.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace facet;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void structure();
    void productsAreValid();
    void contentIsRich();
    void someRecordsAreIncomplete();
    void searchFindsGermanWords();
    void imagesAreSvg();
    void productsAreDeterministic();
    void populateTwiceChangesNothing();
    void usersAndWorkflowStages();

private:
    QList<MasterRecord> storedRecords() const;
    qint64 hits(const QString& search) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestDemoWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = test::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo.facet")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

QList<MasterRecord> TestDemoWorkspace::storedRecords() const
{
    QList<MasterRecord> records;
    ProductQuery query;
    query.limit = 1000;
    for (const ProductRow& row : m_workspace->products(query)) {
        Status status;
        const auto record = m_workspace->record(row.sku, &status);
        if (record)
            records << *record;
        else
            qWarning() << row.sku << status.message();
    }
    return records;
}

qint64 TestDemoWorkspace::hits(const QString& search) const
{
    ProductQuery query;
    query.search = search;
    return m_workspace->productCount(query);
}

void TestDemoWorkspace::structure()
{
    const Catalog& catalog = m_workspace->catalog();
    QCOMPARE(catalog.localeCodes(),
             (QStringList{QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("fr_FR")}));

    QVERIFY(catalog.channels.size() >= 8);
    QSet<QString> kinds;
    for (const Channel& channel : catalog.channels) {
        kinds.insert(channel.kind);
        QVERIFY2(!channel.locales.isEmpty(), qPrintable(channel.code));
        QVERIFY2(!channel.settings.isEmpty(), qPrintable(channel.code));
        const int expectedLevel = channel.kind == u"text" ? 1 : channel.kind == u"print" ? 3 : 2;
        QCOMPARE(channel.requiredLevel, expectedLevel);
    }
    for (const char* kind : {"web", "email", "sms", "push", "print", "feed", "text"})
        QVERIFY2(kinds.contains(QString::fromLatin1(kind)), kind);
    QVERIFY(kinds.contains(QStringLiteral("x")) || kinds.contains(QStringLiteral("instagram")) ||
            kinds.contains(QStringLiteral("linkedin")));
    QCOMPARE(catalog.channel(QStringLiteral("sms"))->settings.value(u"max_segments").toInt(), 3);

    QVERIFY(catalog.families.size() >= 5);
    for (const Family& family : catalog.families) {
        QCOMPARE(family.labelAttribute, QStringLiteral("name"));
        QCOMPARE(family.requirements.size(), catalog.channels.size());
        for (const QStringList& required : family.requirements) {
            for (const QString& code : required)
                QVERIFY2(family.attributes.contains(code), qPrintable(family.code + u' ' + code));
        }
    }

    QSet<AttributeType> types;
    for (const Attribute& attribute : catalog.attributes)
        types.insert(attribute.type);
    for (AttributeType type :
         {AttributeType::Identifier, AttributeType::Text, AttributeType::RichText, AttributeType::Number,
          AttributeType::Metric, AttributeType::PriceCollection, AttributeType::Boolean, AttributeType::Date,
          AttributeType::SimpleSelect, AttributeType::MultiSelect, AttributeType::Asset, AttributeType::Gtin})
        QVERIFY2(types.contains(type), qPrintable(attributeTypeCode(type)));

    // A tree of at least three levels, labelled in every locale.
    int deepest = 0;
    for (const Category& category : catalog.categories) {
        for (const QString& locale : catalog.localeCodes())
            QVERIFY2(!category.labels.value(locale).isEmpty(), qPrintable(category.code + u' ' + locale));
        int depth = 1;
        for (const Category* c = &category; !c->parent.isEmpty(); c = catalog.category(c->parent))
            ++depth;
        deepest = std::max(deepest, depth);
    }
    QVERIFY(deepest >= 3);
}

void TestDemoWorkspace::productsAreValid()
{
    QVERIFY(m_workspace->productCount() >= 60);
    const QList<MasterRecord> records = storedRecords();
    QCOMPARE(records.size(), m_workspace->productCount());
    const Catalog& catalog = m_workspace->catalog();
    static const QRegularExpression money(QStringLiteral("^\\d+\\.\\d{2}$"));
    QSet<QString> gtins;
    for (const MasterRecord& record : records) {
        const QList<ValidationError> errors = Validator::validate(catalog, record);
        QVERIFY2(errors.isEmpty(), qPrintable(Validator::summary(errors)));

        const QString ean = record.value({QStringLiteral("ean"), {}, {}}).toString();
        QVERIFY2(gtin::isValid(ean), qPrintable(record.sku + u' ' + ean));
        QCOMPARE(ean.size(), 13);
        QVERIFY2(!gtins.contains(ean), qPrintable(ean));
        gtins.insert(ean);

        const QJsonObject price = record.value({QStringLiteral("price"), {}, {}}).toObject();
        QVERIFY2(money.match(price.value(u"EUR").toString()).hasMatch(), qPrintable(record.sku));
        QVERIFY2(money.match(price.value(u"USD").toString()).hasMatch(), qPrintable(record.sku));

        QVERIFY(!record.value({QStringLiteral("name"), QStringLiteral("en_US"), {}}).toString().isEmpty());
        QVERIFY(!record.categories.isEmpty());
    }
}

void TestDemoWorkspace::contentIsRich()
{
    bool scopedOverride = false, printOverride = false, umlaut = false, accent = false, list = false;
    QSet<QString> families;
    for (const MasterRecord& record : storedRecords()) {
        families.insert(record.family);
        for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
            if (!it.key().channel.isEmpty())
                scopedOverride = true;
            if (it.key().attribute == u"description" && it.key().channel == u"print")
                printOverride = true;
            if (!it.value().isString())
                continue;
            const QString text = it.value().toString();
            umlaut = umlaut || text.contains(QRegularExpression(QStringLiteral("[äöüß]")));
            accent = accent || text.contains(QRegularExpression(QStringLiteral("[éèçà]")));
            list = list || (text.contains(u"<ul><li>") && text.contains(u"<b>"));
        }
    }
    QVERIFY(scopedOverride);
    QVERIFY(printOverride);
    QVERIFY(umlaut);
    QVERIFY(accent);
    QVERIFY(list);
    QCOMPARE(families.size(), m_workspace->catalog().families.size());

    // A channel sees its own value where the marketer wrote one, the common one elsewhere.
    const auto record = m_workspace->record(QStringLiteral("HP-AUREL-ANC-MNB"));
    QVERIFY(record);
    QCOMPARE(record->resolve(QStringLiteral("name"), QStringLiteral("en_US"), QStringLiteral("x")).toString(),
             QStringLiteral("Aurel ANC headphones"));
    QCOMPARE(record->resolve(QStringLiteral("name"), QStringLiteral("en_US"), QStringLiteral("ecommerce"))
                 .toString(),
             QStringLiteral("Aurel ANC Over-Ear Headphones – Midnight Blue"));
    QCOMPARE(record->resolve(QStringLiteral("name"), QStringLiteral("fr_FR"), QStringLiteral("ecommerce"))
                 .toString(),
             QStringLiteral("Casque circum-auriculaire Aurel ANC – Bleu nuit"));
}

void TestDemoWorkspace::someRecordsAreIncomplete()
{
    int complete = 0, incomplete = 0;
    bool missingFrenchDescription = false, missingImage = false;
    ProductQuery query;
    query.limit = 1000;
    for (const ProductRow& row : m_workspace->products(query)) {
        for (const Completeness& entry : m_workspace->completeness(row.sku)) {
            if (entry.percent() < 100) {
                ++incomplete;
                missingFrenchDescription =
                    missingFrenchDescription ||
                    (entry.locale == u"fr_FR" && entry.missing.contains(u"description"));
                missingImage = missingImage || entry.missing.contains(u"main_image");
            } else {
                ++complete;
            }
        }
    }
    QVERIFY(incomplete > 0);
    QVERIFY(missingFrenchDescription);
    QVERIFY(missingImage);
    // Incompleteness is the exception the demo shows, not the rule.
    QVERIFY(complete > incomplete * 3);
}

void TestDemoWorkspace::searchFindsGermanWords()
{
    QVERIFY(hits(QStringLiteral("Kopfhörer")) > 0);
    QVERIFY(hits(QStringLiteral("Siebträgermaschine")) > 0);
    // Umlauts and accents are optional when searching.
    QVERIFY(hits(QStringLiteral("kopfhorer")) > 0);
    QVERIFY(hits(QStringLiteral("wasserdicht")) > 0);
    QVERIFY(hits(QStringLiteral("gourde isotherme")) > 0);
}

void TestDemoWorkspace::imagesAreSvg()
{
    QSet<qint64> assetIds;
    for (const MasterRecord& record : storedRecords()) {
        const QJsonValue image = record.value({QStringLiteral("main_image"), {}, {}});
        if (image.isDouble())
            assetIds.insert(qint64(image.toDouble()));
    }
    QVERIFY(assetIds.size() >= 20);
    for (qint64 id : std::as_const(assetIds)) {
        const auto asset = m_workspace->asset(id);
        QVERIFY(asset);
        QCOMPARE(asset->mimeType, DemoImages::mimeType());
        QVERIFY(asset->fileName.endsWith(u".svg"));
        QXmlStreamReader xml(asset->content);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), u"svg");
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(asset->fileName + u": " + xml.errorString()));
        // The asset library shows them with titles and alt texts in every locale, rights and tags.
        for (const QString& locale : m_workspace->catalog().localeCodes()) {
            QVERIFY2(!asset->metadata.title(locale).isEmpty(), qPrintable(asset->fileName + u' ' + locale));
            QVERIFY2(!asset->metadata.alt(locale).isEmpty(), qPrintable(asset->fileName + u' ' + locale));
        }
        QVERIFY(!asset->metadata.rights.isEmpty());
        QVERIFY(asset->metadata.tags.contains(u"illustration"));
    }
    // One illustration's licence has run out, to show the expiry warnings.
    int expired = 0;
    for (const Asset& a : m_workspace->assets())
        expired += a.metadata.isExpired() ? 1 : 0;
    QCOMPARE(expired, 1);
    const auto black = m_workspace->findAssets({QStringLiteral("demo-lamps-black"), {}, false});
    QCOMPARE(black.size(), 1);
    QCOMPARE(black.first().metadata.expires, QDate(2024, 12, 31));
    QCOMPARE(black.first().metadata.titles.value(QStringLiteral("en_US")), QStringLiteral("Lamps – Black"));
    // Every channel that shows pictures asks for its own rendition.
    const QHash<QString, QString> formats{{QStringLiteral("ecommerce"), QStringLiteral("webp")},
                                          {QStringLiteral("newsletter"), QStringLiteral("jpeg")},
                                          {QStringLiteral("print"), QStringLiteral("png")},
                                          {QStringLiteral("instagram"), QStringLiteral("jpeg")},
                                          {QStringLiteral("google_feed"), QStringLiteral("jpeg")}};
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        const auto spec = RenditionSpec::forChannel(*m_workspace->catalog().channel(it.key()));
        QVERIFY2(spec, qPrintable(it.key()));
        QCOMPARE(spec->format, it.value());
    }
    const auto email = RenditionSpec::forChannel(*m_workspace->catalog().channel(QStringLiteral("newsletter")));
    QCOMPARE(email->maxWidth, 600);
    QCOMPARE(email->flattenColor(), QColor(Qt::white));
}

void TestDemoWorkspace::productsAreDeterministic()
{
    const QHash<QString, qint64> ids{
        {DemoImages::key(QStringLiteral("headphones"), QStringLiteral("black")), 7}};
    const QList<MasterRecord> first = DemoWorkspace::products(ids);
    const QList<MasterRecord> second = DemoWorkspace::products(ids);
    QCOMPARE(first.size(), second.size());
    QSet<QString> skus;
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).contentHash(), second.at(i).contentHash());
        QVERIFY2(!skus.contains(first.at(i).sku), qPrintable(first.at(i).sku));
        skus.insert(first.at(i).sku);
    }
    // Without a workspace the records still validate against the structure.
    const Catalog catalog = DemoWorkspace::structure();
    for (const MasterRecord& record : DemoWorkspace::products({}))
        QVERIFY2(Validator::validate(catalog, record).isEmpty(), qPrintable(record.sku));
}

void TestDemoWorkspace::populateTwiceChangesNothing()
{
    const qint64 before = m_workspace->productCount();
    const Status again = DemoWorkspace::populate(*m_workspace);
    QVERIFY2(again.isOk(), qPrintable(again.message()));
    QCOMPARE(m_workspace->productCount(), before);
}

void TestDemoWorkspace::usersAndWorkflowStages()
{
    QStringList names;
    for (const User& u : m_workspace->users())
        names << u.name + u':' + u.roles.join(u',');
    QCOMPARE(names, (QStringList{QStringLiteral("ada:admin"), QStringLiteral("ben:brand_manager"),
                                 QStringLiteral("lea:reviewer"), QStringLiteral("max:marketer"),
                                 QStringLiteral("mia:marketer"), QStringLiteral("val:viewer")}));
    QCOMPARE(m_workspace->workflow(), Workflow::defaultWorkflow());
    const Catalog& catalog = m_workspace->catalog();
    // Talking points 1, digital channels 2, print 3.
    QString webChannel;
    for (const Channel& c : catalog.channels) {
        QCOMPARE(c.requiredLevel, c.kind == u"text" ? 1 : c.kind == u"print" ? 3 : 2);
        if (c.kind == u"web")
            webChannel = c.code;
    }

    QMap<QString, int> atStage;
    int releasedWithNewerInReview = 0;
    int neverSubmitted = 0;
    ProductQuery query;
    query.limit = 1000;
    for (const ProductRow& row : m_workspace->products(query)) {
        const auto current = m_workspace->currentRevision(row.sku);
        if (!current) {
            ++neverSubmitted;
            continue;
        }
        ++atStage[current->stage];
        // Four eyes can be seen: every submission is by a marketer.
        QVERIFY(current->submittedBy == u"mia" || current->submittedBy == u"max");
        const auto web = m_workspace->effectiveRevision(row.sku, webChannel);
        if (web && web->revision.hash != current->revision.hash && current->stage == u"editorial_review")
            ++releasedWithNewerInReview;
    }
    QVERIFY(neverSubmitted > 0);
    for (const Stage& stage : m_workspace->workflow().stages)
        QVERIFY2(atStage.value(stage.code) > 0, qPrintable(stage.code));
    QVERIFY(releasedWithNewerInReview > 0);
    QVERIFY(m_workspace->verifyAudit().intact);

    // Every reviewing role finds work the moment it signs in.
    for (const QString& user : {QStringLiteral("ben"), QStringLiteral("lea"), QStringLiteral("mia")}) {
        QVERIFY(m_workspace->signIn(user, DemoWorkspace::password()).isOk());
        QVERIFY2(!m_workspace->tasks().isEmpty(), qPrintable(user));
    }
    QVERIFY(m_workspace->signIn(QStringLiteral("ada"), DemoWorkspace::password()).isOk());
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
