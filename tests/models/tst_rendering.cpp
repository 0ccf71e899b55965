// SPDX-License-Identifier: GPL-3.0-or-later
// Channel templates and renderings: every demo product renders on every channel, values are escaped where
// the channel's format needs it and verbatim where it does not, template errors are precise and change
// nothing, template versions are kept, and renderings are cached by what determines them.
#include "models/channels/FeedRules.h"
#include "models/channels/JsonLd.h"
#include "models/demo/DemoWorkspace.h"
#include "models/rendering/Money.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateEngine.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"
#include "tests/common/FileDigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

class TestRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyDemoProductRendersOnEveryChannel();
    void markupIsEscapedForMarkupChannelsOnly();
    void richTextReachesEachChannelInItsForm();
    void money_data();
    void money();
    void filters_data();
    void filters();
    void templateErrorNamesTemplateAndLine_data();
    void templateErrorNamesTemplateAndLine();
    void brokenTemplateChangesNothing();
    void savingTemplateAddsVersion();
    void localeFallbackIsExplicit();
    void cacheAnswersSameRevision();
    void feedAgreesWithProductPage();
    void documentsAreAssembled();
    void textChannelsAreMeasured();
    void renderAllInParallelMatchesSerial();

private:
    MasterRecord demoRecord(int index = 0) const;
    RenderService service() const { return RenderService(RenderService::snapshot(*m_workspace, false)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<MasterRecord> m_records;
};

void TestRendering::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = test::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo.facet")), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    ProductQuery query;
    query.limit = 1000;
    for (const ProductRow& row : m_workspace->products(query))
        m_records << *m_workspace->record(row.sku);
    QCOMPARE(m_records.size(), 72);
    QVERIFY2(TemplateEngine().setupError().isEmpty(), qPrintable(TemplateEngine().setupError()));
}

MasterRecord TestRendering::demoRecord(int index) const
{
    return m_records.at(index);
}

void TestRendering::everyDemoProductRendersOnEveryChannel()
{
    const RenderService renderer = service();
    const auto targets = renderer.targets();
    QCOMPARE(targets.size(), 24); // the demo's ten channels with their locales
    int renderings = 0;
    for (const MasterRecord& record : std::as_const(m_records)) {
        for (const RenderService::Target& target : targets) {
            const Rendering r = renderer.render(record, target.channel, target.locale);
            QVERIFY2(r.ok(), qPrintable(record.sku + u' ' + target.channel + u' ' + r.error));
            QVERIFY(!r.parts.isEmpty());
            for (const RenderedPart& part : r.parts)
                QVERIFY2(
                    !part.content.trimmed().isEmpty(),
                    qPrintable(record.sku + u' ' + target.channel + u' ' + target.locale + u' ' + part.name));
            QCOMPARE(r.revisionHash, record.contentHash());
            ++renderings;
        }
    }
    QCOMPARE(renderings, 72 * 24);

    // The demo's gaps are deliberate; a record that is complete for a channel renders there without errors,
    // except for the one illustration whose licence the demo lets expire on purpose.
    int incomplete = 0;
    for (const MasterRecord& record : std::as_const(m_records)) {
        for (const RenderService::Target& target : targets) {
            const Rendering r = renderer.render(record, target.channel, target.locale);
            const bool complete = std::none_of(r.findings.begin(), r.findings.end(),
                                               [](const Finding& f) { return f.rule == u"completeness"; });
            incomplete += complete ? 0 : 1;
            for (const Finding& f : r.findings)
                QVERIFY2(!complete || f.severity != Finding::Severity::Error ||
                             (f.rule == u"asset-expired" && f.message.contains(u"demo-lamps-black.svg")),
                         qPrintable(record.sku + u' ' + target.channel + u' ' + target.locale + u' ' +
                                    f.rule + u": " + f.message));
        }
    }
    QVERIFY(incomplete > 0);
    QVERIFY(incomplete < renderings / 10);
}

void TestRendering::markupIsEscapedForMarkupChannelsOnly()
{
    MasterRecord record = demoRecord();
    const QString hostile = QStringLiteral("<script>alert(1)</script> & \"Co\"");
    for (const QString& locale : m_workspace->catalog().localeCodes())
        record.setValue(ValueKey{QStringLiteral("name"), locale, {}}, hostile);
    const RenderService renderer = service();

    const QString page =
        renderer.render(record, QStringLiteral("ecommerce"), QStringLiteral("en_US")).text(u"page"_s);
    QVERIFY(!page.contains(u"<script>alert"));
    QVERIFY(page.contains(u"<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</h1>"));
    // Inside JSON-LD the name is a JSON string that cannot end the script element.
    QVERIFY(
        page.contains(u"\"name\": \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\\"Co\\\"\""));

    const Rendering email = renderer.render(record, QStringLiteral("newsletter"), QStringLiteral("de_DE"));
    QVERIFY(!email.text(u"html"_s).contains(u"<script>alert"));
    QVERIFY(email.text(u"html"_s).contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
    QVERIFY(email.text(u"subject"_s).endsWith(hostile)); // a header is text, MIME encoding protects it

    const QString item =
        renderer.render(record, QStringLiteral("google_feed"), QStringLiteral("fr_FR")).text(u"item"_s);
    QVERIFY(item.contains(u"<g:title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</g:title>"));

    const QString sms =
        renderer.render(record, QStringLiteral("sms"), QStringLiteral("en_US")).text(u"body"_s);
    QVERIFY2(sms.startsWith(hostile + u':'), qPrintable(sms));
    const QString points =
        renderer.render(record, QStringLiteral("talking_points"), QStringLiteral("en_US")).text(u"body"_s);
    QVERIFY(points.contains(hostile));
}

void TestRendering::richTextReachesEachChannelInItsForm()
{
    MasterRecord record = demoRecord();
    record.setValue(
        ValueKey{QStringLiteral("description"), QStringLiteral("de_DE"), {}},
        QStringLiteral("<p>Sehr <b>leise</b> &amp; leicht.</p><ul><li>Eins</li><li>Zwei</li></ul>"));
    const RenderService renderer = service();
    const QString page =
        renderer.render(record, QStringLiteral("ecommerce"), QStringLiteral("de_DE")).text(u"page"_s);
    QVERIFY(page.contains(u"<p>Sehr <b>leise</b> &amp; leicht.</p><ul><li>Eins</li><li>Zwei</li></ul>"));
    // The JSON-LD description is the same text without markup.
    QVERIFY(page.contains(u"\"description\": \"Sehr leise \\u0026 leicht.\\n\u2022 Eins\\n\u2022 Zwei\""));
    const QString item =
        renderer.render(record, QStringLiteral("google_feed"), QStringLiteral("de_DE")).text(u"item"_s);
    QVERIFY2(
        item.contains(u"<g:description>Sehr leise &amp; leicht.\n\u2022 Eins\n\u2022 Zwei</g:description>"),
        qPrintable(item));
}

void TestRendering::money_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("euro in German") << "1299.5" << "EUR" << "de_DE" << QStringLiteral("1.299,50\u00a0€");
    QTest::newRow("euro in French") << "1299.5" << "EUR" << "fr_FR" << QStringLiteral("1\u202f299,50\u00a0€");
    QTest::newRow("dollar in English") << "19.99" << "USD" << "en_US" << QStringLiteral("$19.99");
    QTest::newRow("dollar in German") << "19.99" << "USD" << "de_DE" << QStringLiteral("19,99\u00a0$");
    QTest::newRow("pound in English") << "5" << "GBP" << "en_US" << QStringLiteral("£5.00");
    QTest::newRow("unknown currency keeps its code") << "7" << "XTS" << "en_US" << QStringLiteral("XTS7.00");
}

void TestRendering::money()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(amount, currency, locale), expected);
}

void TestRendering::filters_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain decodes and lists as lines")
        << "{{ rich|plain }}" << false << QStringLiteral("A & B\n\u2022 One\n\u2022 Two");
    QTest::newRow("plain escaped again in HTML")
        << "{{ rich|plain }}" << true << QStringLiteral("A &amp; B\n\u2022 One\n\u2022 Two");
    QTest::newRow("jsonstr") << "{{ quote|jsonstr }}" << true << "\"say \\\"hi\\\"\\n\\u003c/script\\u003e\"";
    QTest::newRow("money default currency") << "{{ price|money }}" << false << QStringLiteral("19,99\u00a0€");
    QTest::newRow("money other currency")
        << "{{ price|money:\"USD\" }}" << false << QStringLiteral("21,50\u00a0$");
    QTest::newRow("asset url") << "{{ image|asset }}" << false << "https://cdn.example.com/a.png";
    QTest::newRow("asset alt") << "{{ image|asset:\"alt\" }}" << true << "Lamp &amp; shade";
    QTest::newRow("gsm7") << "{{ typographic|gsm7 }}" << false << "\"Gr\u00fc\u00dfe\" - ca va...";
    QTest::newRow("smarttruncate at a word")
        << "{{ long|smarttruncate:16 }}" << false << QStringLiteral("Quiet comfort\u2026");
    QTest::newRow("smarttruncate short enough")
        << "{{ long|smarttruncate:100 }}" << false << "Quiet comfort all day long";
    QTest::newRow("hashtags from phrases")
        << "{{ features|hashtags }}" << false << "#ActiveNoiseCancelling #Multipoint";
    QTest::newRow("hashtags limited") << "{{ features|hashtags:1 }}" << false << "#ActiveNoiseCancelling";
    QTest::newRow("a line with one variable keeps its break")
        << "A\n{{ long }}\n\n{{ reserved }}\nB" << false
        << "A\nQuiet comfort all day long\n\nPrice (net) [EUR]\nB";
    QTest::newRow("lines with only a block tag vanish")
        << "start\n{% if long %}\nyes\n{% endif %}\n{% for f in features %}\n- {{ f }}\n{% endfor %}\nend"
        << false << "start\nyes\n- Active noise cancelling\n- Multipoint\nend";
    QTest::newRow("linkedin") << "{{ reserved|linkedin }}" << false << "Price \\(net\\) \\[EUR\\]";
}

void TestRendering::filters()
{
    QFETCH(QString, source);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    const QVariantHash context{
        {u"rich"_s, QStringLiteral("<p>A &amp; B</p><ul><li>One</li><li>Two</li></ul>")},
        {u"quote"_s, QStringLiteral("say \"hi\"\n</script>")},
        {u"price"_s, QVariantHash{{u"amount"_s, u"19.99"_s},
                                  {u"currency"_s, u"EUR"_s},
                                  {u"locale"_s, u"de_DE"_s},
                                  {u"all"_s, QVariantHash{{u"EUR"_s, u"19.99"_s}, {u"USD"_s, u"21.50"_s}}}}},
        {u"typographic"_s, QStringLiteral("\u201cGr\u00fc\u00dfe\u201d \u2013 \u00e7a va\u2026")},
        {u"long"_s, u"Quiet comfort all day long"_s},
        {u"features"_s, QVariantList{u"Active noise cancelling"_s, u"Multipoint"_s}},
        {u"reserved"_s, u"Price (net) [EUR]"_s},
        {u"image"_s,
         QVariantHash{{u"url"_s, u"https://cdn.example.com/a.png"_s}, {u"alt"_s, u"Lamp & shade"_s}}},
    };
    TemplateEngine engine;
    const auto out = engine.render(u"test"_s, source, context,
                                   html ? TemplateEngine::Escaping::Html : TemplateEngine::Escaping::None);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(out.text, expected);
}

void TestRendering::templateErrorNamesTemplateAndLine_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown filter") << "line one\nline two\n{{ product.name|shout }}" << "shout" << 3;
    QTest::newRow("unclosed block") << "a\n{% if product.name %}\nb\n" << "endif" << 2;
    QTest::newRow("unknown tag") << "a\nb\nc\n{% frobnicate %}" << "frobnicate" << 4;
}

void TestRendering::templateErrorNamesTemplateAndLine()
{
    QFETCH(QString, source);
    QFETCH(QString, problem);
    TemplateEngine engine;
    const QString error = engine.check(u"ecommerce/page"_s, source);
    QVERIFY2(error.contains(u"ecommerce/page"), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QFETCH(int, line);
    QVERIFY2(error.startsWith(u"template ecommerce/page, line "_s + QString::number(line) + u": "),
             qPrintable(error));
}

void TestRendering::brokenTemplateChangesNothing()
{
    const QString path = m_workspace->path();
    const QList<ChannelTemplate> before = m_workspace->templates(u"sms"_s);
    const QByteArray digest = test::fileDigest(path);
    Status status;
    const auto saved = m_workspace->saveTemplate(u"sms"_s, u"body"_s, u"{{ product.name|nosuchfilter }}"_s,
                                                 u"tester"_s, &status);
    QVERIFY(!saved);
    QCOMPARE(status.kind(), Status::Kind::InvalidInput);
    QVERIFY2(status.message().contains(u"nosuchfilter"), qPrintable(status.message()));
    QCOMPARE(test::fileDigest(path), digest);
    QCOMPARE(m_workspace->templates(u"sms"_s).first().version, before.first().version);

    QVERIFY(!m_workspace->saveTemplate(u"sms"_s, u"subject"_s, u"x"_s, u"tester"_s, &status));
    QVERIFY2(status.message().contains(u"body"), qPrintable(status.message())); // names the valid templates
}

void TestRendering::savingTemplateAddsVersion()
{
    const int start = m_workspace->templates(u"talking_points"_s).first().version;
    Status status;
    const auto v1 = m_workspace->saveTemplate(u"talking_points"_s, u"body"_s, u"First: {{ product.name }}"_s,
                                              u"ada"_s, &status);
    QVERIFY2(v1, qPrintable(status.message()));
    const auto v2 = m_workspace->saveTemplate(u"talking_points"_s, u"body"_s, u"Second: {{ product.sku }}"_s,
                                              u"ada"_s, &status);
    QVERIFY2(v2, qPrintable(status.message()));
    QCOMPARE(v1->version, start + 1);
    QCOMPARE(v2->version, start + 2);
    QCOMPARE(m_workspace->templateHistory(u"talking_points"_s, u"body"_s).size(), start + 2);
    QCOMPARE(m_workspace->templates(u"talking_points"_s).first().source, u"Second: {{ product.sku }}"_s);

    const MasterRecord record = demoRecord();
    const Rendering r = service().render(record, u"talking_points"_s, u"en_US"_s);
    QCOMPARE(r.text(u"body"_s), u"Second: "_s + record.sku);
    QCOMPARE(r.templateVersion, u"body@"_s + QString::number(start + 2));
}

void TestRendering::localeFallbackIsExplicit()
{
    MasterRecord record = demoRecord(3);
    record.setValue(ValueKey{u"tagline"_s, u"fr_FR"_s, {}}, QJsonValue());
    Catalog catalog = m_workspace->catalog();
    auto snapshot = std::make_shared<RenderService::Snapshot>(*RenderService::snapshot(*m_workspace, false));
    const QString english = record.resolve(u"tagline"_s, u"en_US"_s, u"app_push"_s).toString();
    QVERIFY(!english.isEmpty());

    // Without a fallback the French push has no tagline and says so through completeness.
    Rendering r = RenderService(snapshot).render(record, u"app_push"_s, u"fr_FR"_s);
    QVERIFY(!r.text(u"body"_s).contains(english));
    QVERIFY(std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
        return f.rule == u"completeness" && f.attribute == u"tagline";
    }));

    for (Channel& c : snapshot->catalog.channels)
        if (c.code == u"app_push")
            c.settings.insert(u"fallback_locales"_s, QJsonObject{{u"fr_FR"_s, QJsonArray{u"en_US"_s}}});
    r = RenderService(snapshot).render(record, u"app_push"_s, u"fr_FR"_s);
    QVERIFY(r.text(u"body"_s).contains(english));
    QVERIFY(std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
        return f.rule == u"render.locale_fallback" && f.attribute == u"tagline";
    }));
}

void TestRendering::textChannelsAreMeasured()
{
    MasterRecord record = demoRecord();
    const RenderService renderer = service();
    const Rendering sms = renderer.render(record, u"sms"_s, u"de_DE"_s);
    QCOMPARE(sms.measures.value(u"encoding"_s).toString(), u"GSM-7"_s);
    QVERIFY(sms.measures.value(u"segments"_s).toInt() >= 1);
    QCOMPARE(sms.measures.value(u"max_segments"_s).toInt(), 3);

    // A name of 400 characters needs more segments than the channel allows: an error on the name.
    record.setValue(ValueKey{u"name"_s, u"de_DE"_s, {}}, QString(400, u'x'));
    const Rendering longSms = renderer.render(record, u"sms"_s, u"de_DE"_s);
    const auto segments = std::find_if(longSms.findings.begin(), longSms.findings.end(),
                                       [](const Finding& f) { return f.rule == u"sms.segments"; });
    QVERIFY(segments != longSms.findings.end());
    QCOMPARE(segments->severity, Finding::Severity::Error);
    QCOMPARE(segments->attribute, u"name"_s);
    QCOMPARE(segments->limit, u"3"_s);

    // This product has its own name for X; the channel's value wins over the common one.
    QVERIFY(record.values.contains(ValueKey{u"name"_s, u"de_DE"_s, u"x"_s}));
    record.setValue(ValueKey{u"name"_s, u"de_DE"_s, u"x"_s}, QString(300, u'y'));
    const Rendering x = renderer.render(record, u"x"_s, u"de_DE"_s);
    QVERIFY2(x.measures.value(u"weighted_length"_s).toInt() > 280, qPrintable(x.text(u"post"_s) + x.error));
    QVERIFY(std::any_of(x.findings.begin(), x.findings.end(), [](const Finding& f) {
        return f.rule == u"x.weighted_length" && f.severity == Finding::Severity::Error &&
               f.attribute == u"name";
    }));

    const Rendering push = renderer.render(demoRecord(), u"app_push"_s, u"fr_FR"_s);
    QVERIFY(push.part(u"apns"_s) && push.part(u"fcm"_s));
    const QJsonObject apns = QJsonDocument::fromJson(push.part(u"apns"_s)->content).object();
    QCOMPARE(apns.value(u"aps"_s).toObject().value(u"alert"_s).toObject().value(u"title"_s).toString(),
             push.text(u"title"_s));
    const QJsonObject fcm = QJsonDocument::fromJson(push.part(u"fcm"_s)->content).object();
    QCOMPARE(fcm.value(u"message"_s).toObject().value(u"data"_s).toObject().value(u"sku"_s).toString(),
             demoRecord().sku);
    QCOMPARE(push.measures.value(u"fcm_bytes"_s).toInt(), push.part(u"fcm"_s)->content.size());
}

void TestRendering::feedAgreesWithProductPage()
{
    // Merchant Center disapproves an item whose price or availability differs from its landing page.
    const RenderService renderer = service();
    int compared = 0;
    for (const MasterRecord& record : std::as_const(m_records)) {
        for (const QString& locale : {u"en_US"_s, u"de_DE"_s, u"fr_FR"_s}) {
            const Rendering feed = renderer.render(record, u"google_feed"_s, locale);
            const Rendering page = renderer.render(record, u"ecommerce"_s, locale);
            QVERIFY(feed.part(u"feed"_s));
            QString error;
            const QList<OfferSummary> items = FeedRules::offers(feed.part(u"feed"_s)->content, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(items.size(), 1);
            const OfferSummary onPage = JsonLd::offer(JsonLd::extract(page.text(u"page"_s)));
            QCOMPARE(items.first(), onPage);
            QCOMPARE(onPage.id, record.sku);
            ++compared;
        }
    }
    QCOMPARE(compared, 72 * 3);
}

void TestRendering::documentsAreAssembled()
{
    const RenderService renderer = service();
    const MasterRecord record = demoRecord(7);
    const Rendering email = renderer.render(record, u"newsletter"_s, u"de_DE"_s);
    const RenderedPart* eml = email.part(u"eml"_s);
    QVERIFY(eml);
    QVERIFY(eml->content.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
    QVERIFY(eml->content.contains("Content-Type: multipart/alternative"));
    QVERIFY(eml->content.indexOf("text/plain") < eml->content.indexOf("text/html"));
    QCOMPARE(email.measures.value(u"html_bytes"_s).toInt(), email.part(u"html"_s)->content.size());

    const Rendering print = renderer.render(record, u"print"_s, u"fr_FR"_s);
    const RenderedPart* pdf = print.part(u"pdf"_s);
    QVERIFY(pdf);
    QVERIFY(pdf->content.startsWith("%PDF-1.4"));
    QVERIFY(print.measures.value(u"pages"_s).toInt() >= 1);
    QVERIFY2(!hasErrors(print.findings), qPrintable(print.findings.value(0).message));

    const Rendering page = renderer.render(record, u"ecommerce"_s, u"fr_FR"_s);
    QVERIFY2(!hasErrors(page.findings), qPrintable(page.findings.value(0).message));
    QCOMPARE(JsonLd::extract(page.text(u"page"_s)).value(u"name"_s).toString(),
             record.resolve(u"name"_s, u"fr_FR"_s, u"ecommerce"_s).toString());
}

void TestRendering::cacheAnswersSameRevision()
{
    const RenderService renderer = service();
    MasterRecord record = demoRecord(5);
    const Rendering first = renderer.render(record, u"x"_s, u"en_US"_s);
    QCOMPARE(renderer.cache().misses(), 1);
    const Rendering again = renderer.render(record, u"x"_s, u"en_US"_s);
    QCOMPARE(renderer.cache().hits(), 1);
    QCOMPARE(again.text(u"post"_s), first.text(u"post"_s));
    record.setValue(ValueKey{u"tagline"_s, u"en_US"_s, {}}, u"Changed words"_s);
    const Rendering changed = renderer.render(record, u"x"_s, u"en_US"_s);
    QCOMPARE(renderer.cache().misses(), 2);
    QVERIFY(changed.text(u"post"_s).contains(u"Changed words"));
}

void TestRendering::renderAllInParallelMatchesSerial()
{
    const RenderService parallel = service();
    const auto targets = parallel.targets({u"ecommerce"_s, u"sms"_s, u"print"_s});
    const QList<Rendering> all = parallel.renderAll(m_records.mid(0, 20), targets);
    QCOMPARE(all.size(), 20 * targets.size());
    const RenderService serial = service();
    for (int i = 0; i < all.size(); ++i) {
        const MasterRecord& record = m_records.at(i / targets.size());
        const auto& target = targets.at(i % targets.size());
        const Rendering one = serial.render(record, target.channel, target.locale);
        QCOMPARE(all.at(i).sku, record.sku);
        QCOMPARE(all.at(i).channel, target.channel);
        QCOMPARE(all.at(i).parts.first().content, one.parts.first().content);
    }
    QAtomicInteger<int> calls = 0;
    const QList<Rendering> cancelled =
        service().renderAll(m_records, targets, [&calls](qsizetype, qsizetype) { return ++calls < 10; });
    QVERIFY(cancelled.size() < m_records.size() * targets.size());
}

QTEST_MAIN(TestRendering)
#include "tst_rendering.moc"
