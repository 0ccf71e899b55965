// SPDX-License-Identifier: GPL-3.0-or-later
// facetctl render, check and templates on the demo workspace: the part and locale each channel outputs, the
// exact lines check prints, paging through more products than one batch, template versions, and files left
// untouched when a template is broken.
#include "app/cli/RenderCommands.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"
#include "tests/common/Facetctl.h"
#include "tests/common/FileDigest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using facet::test::facetctl;
using Result = facet::test::CliResult;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    Status status;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
    if (!workspace)
        qWarning("%s", qPrintable(status.message()));
    return workspace;
}

// What the library renders, to compare facetctl's output with.
Rendering libraryRendering(const QString& path, const QString& sku, const QString& channel,
                           const QString& locale)
{
    auto workspace = openWorkspace(path);
    const RenderService service(RenderService::snapshot(*workspace, false));
    return service.render(*workspace->record(sku), channel, locale);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChannelCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_sku;

    // A demo workspace of the test's own, for tests that change templates.
    QString copyOfDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_demo, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The demo workspace has users: writing commands sign in as its admin (README: demo users).
        qputenv("FACET_USER", "ada");
        qputenv("FACET_PASSWORD", "facet-demo");
        m_demo = m_dir.filePath(QStringLiteral("demo.facet"));
        const Result r = facetctl({QStringLiteral("init"), QStringLiteral("--demo"), m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto workspace = openWorkspace(m_demo);
        ProductQuery first;
        first.limit = 1;
        m_sku = workspace->products(first).value(0).sku;
        QVERIFY(!m_sku.isEmpty());
    }

    void render_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("locale"); // empty: not given
        QTest::addColumn<QString>("part");   // empty: not given
        QTest::addColumn<QString>("expectedLocale");
        QTest::addColumn<QStringList>("expectedParts"); // the first one the rendering has
        const QString en = QStringLiteral("en_US");
        const QString de = QStringLiteral("de_DE");
        const QString fr = QStringLiteral("fr_FR");
        QTest::newRow("web: page, first locale")
            << "ecommerce" << QString() << QString() << en << QStringList{QStringLiteral("page")};
        QTest::newRow("email: the message, else its HTML")
            << "newsletter" << QString() << QString() << en
            << QStringList{QStringLiteral("eml"), QStringLiteral("html")};
        QTest::newRow("email: subject in German")
            << "newsletter" << de << "subject" << de << QStringList{QStringLiteral("subject")};
        QTest::newRow("email: text part in French")
            << "newsletter" << fr << "text" << fr << QStringList{QStringLiteral("text")};
        QTest::newRow("sms: body") << "sms" << QString() << QString() << en
                                   << QStringList{QStringLiteral("body")};
        QTest::newRow("push: payload, else body")
            << "app_push" << fr << QString() << fr
            << QStringList{QStringLiteral("apns"), QStringLiteral("body")};
        QTest::newRow("push: title") << "app_push" << QString() << "title" << en
                                     << QStringList{QStringLiteral("title")};
        QTest::newRow("x: post in German")
            << "x" << de << QString() << de << QStringList{QStringLiteral("post")};
        QTest::newRow("instagram: post in French")
            << "instagram" << fr << QString() << fr << QStringList{QStringLiteral("post")};
        QTest::newRow("feed: document, else item")
            << "google_feed" << QString() << QString() << en
            << QStringList{QStringLiteral("feed"), QStringLiteral("item")};
        // The print channel's first locale is German: the default follows the channel, not the workspace.
        QTest::newRow("print: sheet by name, channel's first locale")
            << "print" << QString() << "sheet" << de << QStringList{QStringLiteral("sheet")};
        QTest::newRow("text: body") << "talking_points" << de << QString() << de
                                    << QStringList{QStringLiteral("body")};
    }
    void render()
    {
        QFETCH(QString, channel);
        QFETCH(QString, locale);
        QFETCH(QString, part);
        QFETCH(QString, expectedLocale);
        QFETCH(QStringList, expectedParts);
        QStringList args{QStringLiteral("render"), m_demo, m_sku, QStringLiteral("--channel"), channel};
        if (!locale.isEmpty())
            args << QStringLiteral("--locale") << locale;
        if (!part.isEmpty())
            args << QStringLiteral("--template") << part;
        const Result r = facetctl(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());

        const Rendering expected = libraryRendering(m_demo, m_sku, channel, expectedLocale);
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        const RenderedPart* chosen = nullptr;
        for (const QString& name : expectedParts)
            if (!chosen)
                chosen = expected.part(name);
        QVERIFY(chosen);
        QVERIFY(!chosen->content.isEmpty());
        QString text = chosen->text();
        if (!text.endsWith(u'\n'))
            text += u'\n';
        // A message's Date header is the second it was written: the two sides may straddle a second.
        static const QRegularExpression date(QStringLiteral("^Date: [^\r\n]*"),
                                             QRegularExpression::MultilineOption);
        QCOMPARE(QString(r.out).replace(date, QStringLiteral("Date:")),
                 QString(text).replace(date, QStringLiteral("Date:")));
    }

    void renderWritesFileExactly()
    {
        const QString out = m_dir.filePath(QStringLiteral("print-output"));
        const Result r = facetctl({QStringLiteral("render"), m_demo, m_sku, QStringLiteral("--channel"),
                                   QStringLiteral("print"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QString());
        const Rendering expected =
            libraryRendering(m_demo, m_sku, QStringLiteral("print"), QStringLiteral("de_DE"));
        const RenderedPart* main = expected.part(QStringLiteral("pdf"));
        if (!main)
            main = expected.part(QStringLiteral("sheet"));
        QVERIFY(main);
        QCOMPARE(readFile(out), main->content);
    }

    void renderRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString render = QStringLiteral("render");
        QTest::newRow("no channel") << QStringList{render, QStringLiteral("WS"), QStringLiteral("SKU")}
                                    << "--channel is required";
        QTest::newRow("unknown channel")
            << QStringList{render, QStringLiteral("WS"), QStringLiteral("SKU"), QStringLiteral("--channel"),
                           QStringLiteral("fax")}
            << "unknown channel “fax”; the workspace has ecommerce, newsletter, sms, app_push, x, instagram, "
               "linkedin, print, google_feed, talking_points";
        QTest::newRow("locale the channel does not render")
            << QStringList{render,
                           QStringLiteral("WS"),
                           QStringLiteral("SKU"),
                           QStringLiteral("--channel"),
                           QStringLiteral("sms"),
                           QStringLiteral("--locale"),
                           QStringLiteral("fr_FR")}
            << "channel sms renders en_US, de_DE, not “fr_FR”";
        QTest::newRow("unknown part names the parts")
            << QStringList{render,
                           QStringLiteral("WS"),
                           QStringLiteral("SKU"),
                           QStringLiteral("--channel"),
                           QStringLiteral("newsletter"),
                           QStringLiteral("--template"),
                           QStringLiteral("body")}
            << "the newsletter rendering has no part “body”; it has subject, preheader, html, text";
        QTest::newRow("unknown product")
            << QStringList{render, QStringLiteral("WS"), QStringLiteral("NOPE-1"),
                           QStringLiteral("--channel"), QStringLiteral("sms")}
            << "NOPE-1";
        QTest::newRow("two products") << QStringList{render,
                                                     QStringLiteral("WS"),
                                                     QStringLiteral("SKU"),
                                                     QStringLiteral("SKU"),
                                                     QStringLiteral("--channel"),
                                                     QStringLiteral("sms")}
                                      << "expected a workspace path and a SKU";
    }
    void renderRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("WS"), m_demo);
        args.replaceInStrings(QStringLiteral("SKU"), m_sku);
        const Result r = facetctl(args);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("facetctl render: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A template stored by an older Facet that this one cannot parse: render and check name it and its line,
    // and the output file keeps what it had.
    void brokenTemplateWritesNothing()
    {
        const QString path = copyOfDemo(QStringLiteral("broken.facet"));
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inject"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO channel_templates (channel, name, version, source, saved_by, saved_at) VALUES "
                "('sms', 'body', 1, 'Hello\n{% if product.name %}\nno end', 'old', "
                "'2020-01-01T00:00:00Z')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inject"));

        const QString out = m_dir.filePath(QStringLiteral("sms.txt"));
        QVERIFY(writeFile(out, "previous"));
        Result r = facetctl({QStringLiteral("render"), path, m_sku, QStringLiteral("--channel"),
                             QStringLiteral("sms"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("facetctl render: template sms/body@1, line 2: ")),
                 qPrintable(r.err));
        QCOMPARE(readFile(out), QByteArray("previous"));
        r = facetctl(
            {QStringLiteral("render"), path, m_sku, QStringLiteral("--channel"), QStringLiteral("sms")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());

        r = facetctl({QStringLiteral("check"), path, QStringLiteral("--channel"), QStringLiteral("sms"),
                      QStringLiteral("--locale"), QStringLiteral("en_US")});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 73);
        QVERIFY2(lines.first().startsWith(
                     QStringLiteral("%1 sms en_US error render: template sms/body@1, line 2: ").arg(m_sku)),
                 qPrintable(lines.first()));
        QCOMPARE(
            lines.last(),
            QStringLiteral("products: 72, renderings: 72, failed: 72, errors: 0, warnings: 0, notes: 0"));
    }

    void findingLine_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("measured");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("measured against a limit")
            << int(Finding::Severity::Error) << "4" << "3"
            << "SKU-1 sms en_US error sms.segments: Shorten the text. (4 / 3)"
            << QByteArray("{\"sku\": \"SKU-1\", \"channel\": \"sms\", \"locale\": \"en_US\", \"severity\": "
                          "\"error\", \"rule\": \"sms.segments\", \"message\": \"Shorten the text.\", "
                          "\"measured\": \"4\", \"limit\": \"3\", \"part\": \"\", \"attribute\": \"\"}");
        QTest::newRow("measured, no limit")
            << int(Finding::Severity::Warning) << "2 images without alt" << QString()
            << "SKU-1 sms en_US warning sms.segments: Shorten the text. "
               "(2 images without alt)"
            << QByteArray("{\"sku\": \"SKU-1\", \"channel\": \"sms\", \"locale\": \"en_US\", \"severity\": "
                          "\"warning\", \"rule\": \"sms.segments\", \"message\": \"Shorten the text.\", "
                          "\"measured\": \"2 images without alt\", \"limit\": \"\", \"part\": \"\", "
                          "\"attribute\": \"\"}");
        QTest::newRow("nothing measured")
            << int(Finding::Severity::Info) << QString() << QString()
            << "SKU-1 sms en_US info sms.segments: Shorten the text."
            << QByteArray("{\"sku\": \"SKU-1\", \"channel\": \"sms\", \"locale\": \"en_US\", \"severity\": "
                          "\"info\", \"rule\": \"sms.segments\", \"message\": \"Shorten the text.\", "
                          "\"measured\": \"\", \"limit\": \"\", \"part\": \"\", \"attribute\": \"\"}");
    }
    void findingLine()
    {
        QFETCH(int, severity);
        QFETCH(QString, measured);
        QFETCH(QString, limit);
        QFETCH(QString, line);
        QFETCH(QByteArray, json);
        Rendering r;
        r.sku = QStringLiteral("SKU-1");
        r.channel = QStringLiteral("sms");
        r.locale = QStringLiteral("en_US");
        Finding f;
        f.severity = Finding::Severity(severity);
        f.rule = QStringLiteral("sms.segments");
        f.message = QStringLiteral("Shorten the text.");
        f.measured = measured;
        f.limit = limit;
        QCOMPARE(cli::CheckCommand::findingLine(r, f), line);
        // The keys scripts read; the check tests compare facetctl's output with findingJson.
        QCOMPARE(cli::CheckCommand::findingJson(r, f), QJsonDocument::fromJson(json).object());
    }

    void checkOneProduct_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("email, three locales") << "newsletter";
        QTest::newRow("x, two locales") << "x";
        QTest::newRow("print, two locales") << "print";
    }
    void checkOneProduct()
    {
        QFETCH(QString, channel);
        auto workspace = openWorkspace(m_demo);
        const RenderService service(RenderService::snapshot(*workspace, false));
        const auto record = workspace->record(m_sku);
        QJsonArray expectedJson;
        QString expectedText;
        int errors = 0, warnings = 0, notes = 0, renderings = 0;
        for (const RenderService::Target& t : service.targets({channel})) {
            const Rendering r = service.render(*record, t.channel, t.locale);
            QVERIFY2(r.ok(), qPrintable(r.error));
            ++renderings;
            for (const Finding& f : r.findings) {
                expectedJson.append(cli::CheckCommand::findingJson(r, f));
                expectedText += cli::CheckCommand::findingLine(r, f) + u'\n';
                errors += f.severity == Finding::Severity::Error;
                warnings += f.severity == Finding::Severity::Warning;
                notes += f.severity == Finding::Severity::Info;
            }
        }
        QVERIFY(renderings >= 2);
        expectedText +=
            QStringLiteral("products: 1, renderings: %1, failed: 0, errors: %2, warnings: %3, notes: %4\n")
                .arg(renderings)
                .arg(errors)
                .arg(warnings)
                .arg(notes);

        Result r = facetctl({QStringLiteral("check"), m_demo, m_sku, QStringLiteral("--channel"), channel});
        QCOMPARE(r.code, errors > 0 ? 1 : 0);
        QCOMPARE(r.out, expectedText);
        r = facetctl({QStringLiteral("check"), m_demo, m_sku, QStringLiteral("--channel"), channel,
                      QStringLiteral("--json")});
        QCOMPARE(r.code, errors > 0 ? 1 : 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.array(), expectedJson);
    }

    // An incomplete product has error-level findings: check reports them and exits 1.
    void checkFailsOnIncompleteProduct()
    {
        const QString path = copyOfDemo(QStringLiteral("incomplete.facet"));
        Result r = facetctl(
            {QStringLiteral("products"), QStringLiteral("set"), path, m_sku, QStringLiteral("name-en_US=")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({QStringLiteral("check"), path, m_sku, QStringLiteral("--channel"),
                      QStringLiteral("sms"), QStringLiteral("--locale"), QStringLiteral("en_US"),
                      QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
        const auto missingName = std::find_if(findings.begin(), findings.end(), [](const QJsonValue& v) {
            return v.toObject().value(u"rule").toString() == u"completeness" &&
                   v.toObject().value(u"attribute").toString() == u"name";
        });
        QVERIFY2(missingName != findings.end(), qPrintable(r.out));
        QCOMPARE((*missingName).toObject().value(u"severity").toString(), QStringLiteral("error"));
        QCOMPARE((*missingName).toObject().value(u"locale").toString(), QStringLiteral("en_US"));
    }

    // More products than one batch: every one is rendered exactly once, in SKU order.
    void checkPagesThroughEveryProduct()
    {
        const QString path = m_dir.filePath(QStringLiteral("generated.facet"));
        const int count = 2 * cli::CheckCommand::BatchSize + 37;
        Result r = facetctl(
            {QStringLiteral("generate"), path, QStringLiteral("--products"), QString::number(count)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = facetctl({QStringLiteral("check"), path, QStringLiteral("--channel"), QStringLiteral("x"),
                      QStringLiteral("--locale"), QStringLiteral("en_US"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();

        auto workspace = openWorkspace(path);
        const RenderService service(RenderService::snapshot(*workspace, false));
        ProductQuery all;
        all.limit = count + 1;
        QJsonArray expected;
        bool errors = false;
        int rows = 0;
        for (const ProductRow& row : workspace->products(all)) {
            const Rendering rendering =
                service.render(*workspace->record(row.sku), QStringLiteral("x"), QStringLiteral("en_US"));
            for (const Finding& f : rendering.findings)
                expected.append(cli::CheckCommand::findingJson(rendering, f));
            errors = errors || !rendering.ok() || hasErrors(rendering.findings);
            ++rows;
        }
        QCOMPARE(rows, count);
        QCOMPARE(json, expected);
        QCOMPARE(r.code, errors ? 1 : 0);

        r = facetctl({QStringLiteral("check"), path, QStringLiteral("--channel"), QStringLiteral("x"),
                      QStringLiteral("--locale"), QStringLiteral("en_US")});
        QVERIFY2(r.out.endsWith(QStringLiteral("\n")), qPrintable(r.out.right(200)));
        QVERIFY2(r.out.section(u'\n', -2, -2)
                     .startsWith(QStringLiteral("products: %1, renderings: %1, failed: 0, ").arg(count)),
                 qPrintable(r.out.section(u'\n', -2, -2)));
    }

    void checkRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString check = QStringLiteral("check");
        QTest::newRow("unknown locale")
            << QStringList{check, QStringLiteral("WS"), QStringLiteral("--locale"), QStringLiteral("xx_XX")}
            << "unknown locale “xx_XX”; the workspace has en_US, de_DE, fr_FR";
        QTest::newRow("locale the channel does not render") << QStringList{check,
                                                                           QStringLiteral("WS"),
                                                                           QStringLiteral("--channel"),
                                                                           QStringLiteral("sms"),
                                                                           QStringLiteral("--locale"),
                                                                           QStringLiteral("fr_FR")}
                                                            << "channel sms does not render fr_FR";
        QTest::newRow("unknown channel")
            << QStringList{check, QStringLiteral("WS"), QStringLiteral("--channel"), QStringLiteral("fax")}
            << "unknown channel “fax”";
        QTest::newRow("unknown product")
            << QStringList{check, QStringLiteral("WS"), QStringLiteral("NOPE-1")} << "NOPE-1";
    }
    void checkRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("WS"), m_demo);
        const Result r = facetctl(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void templatesList()
    {
        Result r = facetctl({QStringLiteral("templates"), QStringLiteral("list"), m_demo,
                             QStringLiteral("--channel"), QStringLiteral("newsletter")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("newsletter\tsubject\t0\tbuilt-in\n"
                                       "newsletter\tpreheader\t0\tbuilt-in\n"
                                       "newsletter\thtml\t0\tbuilt-in\n"
                                       "newsletter\ttext\t0\tbuilt-in\n"));
        r = facetctl({QStringLiteral("templates"), QStringLiteral("list"), m_demo});
        QCOMPARE(r.code, 0);
        // web 1, email 4, sms 1, push 2, x 1, instagram 1, linkedin 1, print 1, feed 1, text 1
        QCOMPARE(r.out.count(u'\n'), 14);
        r = facetctl({QStringLiteral("templates"), QStringLiteral("list"), m_demo,
                      QStringLiteral("--channel"), QStringLiteral("fax")});
        QCOMPARE(r.code, 1);
    }

    void templatesSetShowAndRender()
    {
        const QString path = copyOfDemo(QStringLiteral("templates.facet"));
        const QString file = m_dir.filePath(QStringLiteral("post.txt"));
        const QByteArray source = "New: {{ product.sku }}\n";
        QVERIFY(writeFile(file, source));
        Result r =
            facetctl({QStringLiteral("templates"), QStringLiteral("set"), path, QStringLiteral("linkedin"),
                      QStringLiteral("post"), file, QStringLiteral("--user"), QStringLiteral("ada")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("saved linkedin/post as version 1\n"));
        r = facetctl({QStringLiteral("templates"), QStringLiteral("set"), path, QStringLiteral("linkedin"),
                      QStringLiteral("post"), file, QStringLiteral("--user"), QStringLiteral("ben")});
        QCOMPARE(r.out, QStringLiteral("saved linkedin/post as version 2\n"));

        const QString savedAt = openWorkspace(path)
                                    ->templateHistory(QStringLiteral("linkedin"), QStringLiteral("post"))
                                    .first()
                                    .savedAt;
        QVERIFY(!savedAt.isEmpty());
        r = facetctl({QStringLiteral("templates"), QStringLiteral("list"), path, QStringLiteral("--channel"),
                      QStringLiteral("linkedin")});
        QCOMPARE(r.out, QStringLiteral("linkedin\tpost\t2\tben\t%1\n").arg(savedAt));

        r = facetctl({QStringLiteral("templates"), QStringLiteral("show"), path, QStringLiteral("linkedin"),
                      QStringLiteral("post")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString::fromUtf8(source));
        r = facetctl({QStringLiteral("templates"), QStringLiteral("show"), path, QStringLiteral("linkedin"),
                      QStringLiteral("post"), QStringLiteral("--version"), QStringLiteral("0")});
        QCOMPARE(r.out, TemplateSlot::defaultSource(QStringLiteral("linkedin"), QStringLiteral("post")));
        QVERIFY(!r.out.isEmpty());
        r = facetctl({QStringLiteral("templates"), QStringLiteral("show"), path, QStringLiteral("linkedin"),
                      QStringLiteral("post"), QStringLiteral("--version"), QStringLiteral("5")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("linkedin/post has no version 5; it has 2, 1, 0")),
                 qPrintable(r.err));
        r = facetctl({QStringLiteral("templates"), QStringLiteral("show"), path, QStringLiteral("linkedin"),
                      QStringLiteral("body")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("it has post")), qPrintable(r.err));

        r = facetctl(
            {QStringLiteral("render"), path, m_sku, QStringLiteral("--channel"), QStringLiteral("linkedin")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("New: %1\n").arg(m_sku));
    }

    void templatesSetRefuses_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed block")
            << "sms" << "body" << QByteArray("Hi\n{% if product.name %}\n{{ product.name }}\n")
            << "template sms/body, line 2: ";
        QTest::newRow("unknown filter") << "sms" << "body" << QByteArray("a\nb\n{{ product.name|shout }}")
                                        << "template sms/body, line 3: ";
        QTest::newRow("empty") << "sms" << "body" << QByteArray(" \n") << "template sms/body is empty";
        QTest::newRow("template the kind lacks") << "sms" << "subject" << QByteArray("x")
                                                 << "a sms channel has no template “subject”; it has body";
        QTest::newRow("unknown channel") << "fax" << "body" << QByteArray("x") << "there is no channel “fax”";
    }
    void templatesSetRefuses()
    {
        QFETCH(QString, channel);
        QFETCH(QString, name);
        QFETCH(QByteArray, source);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("broken.txt"));
        QVERIFY(writeFile(file, source));
        const QByteArray before = test::fileDigest(m_demo);
        const Result r =
            facetctl({QStringLiteral("templates"), QStringLiteral("set"), m_demo, channel, name, file});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("facetctl templates set: ") + message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was stored")), qPrintable(r.err));
        QCOMPARE(test::fileDigest(m_demo), before);
    }

    // The real binary, so "-" reads the process's standard input.
    void templatesSetFromStandardInput()
    {
        const QString path = copyOfDemo(QStringLiteral("stdin.facet"));
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/facetctl");
        QVERIFY2(QFile::exists(program), qPrintable(program));
        QProcess process;
        process.start(program, {QStringLiteral("templates"), QStringLiteral("set"), path,
                                QStringLiteral("talking_points"), QStringLiteral("body"), QStringLiteral("-"),
                                QStringLiteral("--user"), QStringLiteral("ben")});
        QVERIFY(process.waitForStarted());
        process.write("Grüße von {{ product.sku }}");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 QStringLiteral("saved talking_points/body as version 1\n"));
        const auto workspace = openWorkspace(path);
        const ChannelTemplate saved = workspace->templates(QStringLiteral("talking_points")).first();
        QCOMPARE(saved.source, QStringLiteral("Grüße von {{ product.sku }}"));
        QCOMPARE(saved.savedBy, QStringLiteral("ben"));
    }
};

QTEST_GUILESS_MAIN(TestChannelCommands)
#include "tst_channelcommands.moc"
