// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing benchmark: a synthetic catalog, every record approved through the workflow to the highest
// stage, published to a folder target per channel; then one record changed, approved again and republished.
#include "models/demo/CatalogGenerator.h"
#include "models/publishing/Publisher.h"
#include "models/storage/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QStringList allSkus(const Workspace& ws)
{
    QStringList skus;
    ProductQuery q;
    q.limit = 5000;
    while (true) {
        const QList<ProductRow> page = ws.products(q);
        if (page.isEmpty())
            break;
        for (const ProductRow& row : page)
            skus << row.sku;
        q.afterValue = ProductQuery::sortValue(page.last(), q.sortColumn);
        q.afterId = page.last().id;
    }
    return skus;
}

// Submits the working draft and approves it through every stage: what people do, in one transaction per
// batch so preparing 10,000 records takes seconds, not minutes.
Status release(Workspace& ws, const QStringList& skus)
{
    constexpr qsizetype batch = 500;
    for (qsizetype from = 0; from < skus.size(); from += batch) {
        const Status s = ws.transact([&]() -> Status {
            for (const QString& sku : skus.mid(from, batch)) {
                Status status;
                const auto state = ws.submit(sku, {}, &status);
                if (!state)
                    return status;
                while (!ws.allowedTransitions(sku).isEmpty()) {
                    const auto current = ws.currentRevision(sku);
                    bool approved = false;
                    for (const Transition& t : ws.allowedTransitions(sku))
                        if (t.kind == Transition::Kind::Approve && !approved) {
                            if (Status a = ws.approve(sku, current->revision.hash, {}, t.to); !a)
                                return a;
                            approved = true;
                        }
                    if (!approved)
                        break;
                }
            }
            return Status::ok();
        });
        if (!s)
            return s;
    }
    return Status::ok();
}

struct Totals
{
    int written = 0, unchanged = 0, held = 0, failed = 0, withdrawn = 0;
    qint64 bytes = 0;
};

Totals sum(const QList<Publication>& pubs)
{
    Totals t;
    for (const Publication& p : pubs) {
        t.written += p.written;
        t.unchanged += p.unchanged;
        t.held += p.held;
        t.failed += p.failed;
        t.withdrawn += p.withdrawn;
        t.bytes += p.bytes;
    }
    return t;
}

// Where the time goes: one line per target.
void breakdown(const QList<Publication>& pubs)
{
    for (const Publication& p : pubs) {
        const double s = QDateTime::fromString(p.startedAt, Qt::ISODateWithMs)
                             .msecsTo(QDateTime::fromString(p.finishedAt, Qt::ISODateWithMs)) /
                         1e3;
        out << QStringLiteral("  %1: %2 written, %3 unchanged, %4 held, %5 MB in %6 s\n")
                   .arg(p.target, -16)
                   .arg(p.written)
                   .arg(p.unchanged)
                   .arg(p.held)
                   .arg(p.bytes / 1e6, 0, 'f', 1)
                   .arg(s, 0, 'f', 2);
    }
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the print channel needs fonts
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Facet publishing benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"products"_s, u"Catalog size (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"workspace"_s, u"Reuse or create this workspace file."_s, u"PATH"_s});
    parser.process(app);
    const qint64 count = parser.value(u"products"_s).toLongLong();
    QTemporaryDir dir(QDir::current().filePath(u"publish-bench-XXXXXX"_s));
    const QString path =
        parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s) : dir.filePath(u"bench.facet"_s);

    Status status;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenOrCreate, &status);
    if (!ws) {
        out << status.message() << '\n';
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    if (const qint64 missing = count - ws->productCount(); missing > 0) {
        CatalogGenerator generator(*ws);
        if (Status s = generator.generate(missing); !s) {
            out << s.message() << '\n';
            return 2;
        }
    }
    const QStringList skus = allSkus(*ws);
    QStringList unreleased;
    for (const QString& sku : skus)
        if (!ws->currentRevision(sku))
            unreleased << sku;
    if (Status s = release(*ws, unreleased); !s) {
        out << s.message() << '\n';
        return 2;
    }
    for (const Channel& c : ws->catalog().channels) {
        if (ws->publishTarget(c.code))
            continue;
        PublishTarget target;
        target.code = c.code;
        target.channel = c.code;
        target.settings = QJsonObject{{u"path"_s, QString(u"published/"_s + c.code)}};
        if (Status s = ws->savePublishTarget(target); !s) {
            out << s.message() << '\n';
            return 2;
        }
    }
    out << QStringLiteral(
               "Facet publishing benchmark: %1 products, %2 channels, %3 threads (prepared in %4 s)\n")
               .arg(skus.size())
               .arg(ws->catalog().channels.size())
               .arg(QThreadPool::globalInstance()->maxThreadCount())
               .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 1);
    out.flush();

    Publisher publisher(*ws);
    clock.restart();
    const QList<Publication> first = publisher.publish({}, {}, &status);
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (!status) {
        out << status.message() << '\n';
        return 2;
    }
    const Totals t = sum(first);
    const int rendered = t.written + t.held + t.failed;
    out << QStringLiteral("full publication: %1 renderings (%2 written, %3 held, %4 failed) in %5 s = %6 "
                          "renderings/s, %7 MB written = %8 MB/s\n")
               .arg(rendered)
               .arg(t.written)
               .arg(t.held)
               .arg(t.failed)
               .arg(seconds, 0, 'f', 2)
               .arg(rendered / seconds, 0, 'f', 0)
               .arg(t.bytes / 1e6, 0, 'f', 1)
               .arg(t.bytes / 1e6 / seconds, 0, 'f', 1);
    breakdown(first);

    // One record changed through the workflow, then everything republished.
    const QString sku = skus.value(skus.size() / 2);
    auto record = ws->record(sku);
    for (const QString& locale : ws->catalog().localeCodes())
        record->setValue(ValueKey{u"name"_s, locale, {}},
                         QStringLiteral("Changed for the benchmark at %1 (%2)")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(locale));
    if (Status s = ws->saveRecord(*record); !s) {
        out << s.message() << '\n';
        return 2;
    }
    if (Status s = release(*ws, {sku}); !s) {
        out << s.message() << '\n';
        return 2;
    }
    clock.restart();
    const QList<Publication> again = publisher.publish({}, {}, &status);
    const double againSeconds = clock.nsecsElapsed() / 1e9;
    if (!status) {
        out << status.message() << '\n';
        return 2;
    }
    const Totals a = sum(again);
    out << QStringLiteral(
               "republication after changing %1: %2 s (%3 written, %4 unchanged, %5 held, %6 bytes)\n")
               .arg(sku)
               .arg(againSeconds, 0, 'f', 3)
               .arg(a.written)
               .arg(a.unchanged)
               .arg(a.held)
               .arg(a.bytes);
    breakdown(again);
    // The figure only means something if the republication was incremental: the changed record's renderings
    // written (or held), nothing else rendered again, nothing withdrawn.
    if (a.written + a.held - t.held > 3 * int(ws->catalog().channels.size()) || a.withdrawn != 0 ||
        a.failed != 0 || a.unchanged + a.written + a.held != rendered + t.unchanged) {
        out << "FAILED: the republication was not incremental\n";
        return 1;
    }
    return 0;
}
