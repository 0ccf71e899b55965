// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: a generated Akeneo flat CSV catalog (default 100,000 products, 3 locales, 2 channels,
// prices, metrics, selects, rich text) imported into a fresh workspace. Prints products/s and values/s beside
// the target (20,000 products/s) and the reference figures of the issue; also the CSV reader alone against
// libcsv on the same file.
#include "models/exchange/AkeneoImporter.h"
#include "models/exchange/CsvReader.h"
#include "models/storage/PreparedRecord.h"
#include "models/storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <csv.h>

using namespace facet;

namespace {

QTextStream out(stdout);

const char* const kLocales[] = {"en_US", "de_DE", "fr_FR"};
const char* const kChannels[] = {"ecommerce", "print"};
const char* const kWords[] = {"steel",  "bottle", "quiet", "light", "robust",  "daily", "travel", "classic",
                              "double", "walled", "leak",  "proof", "compact", "warm",  "cold",   "bright"};

QByteArray words(quint32& seed, int n)
{
    QByteArray s;
    for (int i = 0; i < n; ++i) {
        seed = seed * 1103515245u + 12345u;
        if (i > 0)
            s += ' ';
        s += kWords[(seed >> 16) % 16];
    }
    return s;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
}

// Returns the number of values in the product file.
qint64 generate(const QString& folder, int products)
{
    writeFile(
        folder + QStringLiteral("/channels.csv"),
        "code;label-en_US;currencies;locales;tree\necommerce;E-commerce;EUR,USD;en_US,de_DE,fr_FR;master\n"
        "print;Print;EUR;en_US,de_DE,fr_FR;master\n");
    writeFile(folder + QStringLiteral("/attributes.csv"),
              "code;label-en_US;type;group;localizable;scopable;default_metric_unit\n"
              "sku;SKU;pim_catalog_identifier;general;0;0;\n"
              "name;Name;pim_catalog_text;general;1;0;\n"
              "description;Description;pim_catalog_textarea;marketing;1;1;\n"
              "price;Price;pim_catalog_price_collection;marketing;0;0;\n"
              "weight;Weight;pim_catalog_metric;technical;0;0;KILOGRAM\n"
              "color;Color;pim_catalog_simpleselect;technical;0;0;\n"
              "materials;Materials;pim_catalog_multiselect;technical;0;0;\n"
              "waterproof;Waterproof;pim_catalog_boolean;technical;0;0;\n"
              "release;Release;pim_catalog_date;general;0;0;\n"
              "volume;Volume;pim_catalog_number;technical;0;0;\n");
    writeFile(
        folder + QStringLiteral("/attribute_options.csv"),
        "attribute;code;sort_order;label-en_US\ncolor;red;1;Red\ncolor;blue;2;Blue\ncolor;black;3;Black\n"
        "materials;steel;1;Steel\nmaterials;bamboo;2;Bamboo\nmaterials;glass;3;Glass\n");
    writeFile(
        folder + QStringLiteral("/families.csv"),
        "code;label-en_US;attributes;attribute_as_label;requirements-ecommerce;requirements-print\n"
        "bottles;Bottles;sku,name,description,price,weight,color,materials,waterproof,release,volume;name;"
        "name,price;name,description\n");
    writeFile(folder + QStringLiteral("/categories.csv"),
              "code;parent;label-en_US\nmaster;;Master\nkitchen;master;Kitchen\noutdoor;master;Outdoor\n");
    QByteArray header = "sku;family;categories";
    for (const char* l : kLocales)
        header += QByteArray(";name-") + l;
    for (const char* l : kLocales)
        for (const char* c : kChannels)
            header += QByteArray(";description-") + l + '-' + c;
    header += ";price;weight;weight-unit;color;materials;waterproof;release;volume\n";
    QByteArray data = header;
    data.reserve(qsizetype(products) * 700);
    quint32 seed = 1;
    const char* colors[] = {"red", "blue", "black"};
    const char* materials[] = {"steel", "bamboo,steel", "glass,steel"};
    for (int i = 0; i < products; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += "BT-" + n + ";bottles;" + (i % 2 ? "kitchen" : "kitchen,outdoor");
        for (int l = 0; l < 3; ++l)
            data += ';' + words(seed, 3) + ' ' + n;
        for (int l = 0; l < 3; ++l)
            for (int c = 0; c < 2; ++c)
                data += ";\"<p>" + words(seed, 8) + " <b>" + words(seed, 2) + "</b>.</p><ul><li>" +
                        words(seed, 4) + "</li><li>" + words(seed, 3) + "; " + n + "</li></ul>\"";
        data +=
            ';' + QByteArray::number(10 + i % 90) + ".99 EUR," + QByteArray::number(12 + i % 90) + ".49 USD";
        data += ';' + QByteArray::number(0.25 + (i % 40) / 10.0) + ";KILOGRAM";
        data += QByteArray(";") + colors[i % 3] + ";\"" + materials[i % 3] + "\";" + (i % 2 ? "1" : "0");
        data += ";2024-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-15;" +
                QByteArray::number(250 + i % 750) + '\n';
    }
    writeFile(folder + QStringLiteral("/products.csv"), data);
    return qint64(products) *
           16; // 3 names, 6 descriptions, price, weight, color, materials, waterproof, release, volume
}

struct LibcsvCount
{
    qint64 fields = 0;
    qint64 records = 0;
};

void libcsvField(void*, size_t, void* data)
{
    ++static_cast<LibcsvCount*>(data)->fields;
}

void libcsvRecord(int, void* data)
{
    ++static_cast<LibcsvCount*>(data)->records;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Facet Akeneo CSV import benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("products"), QStringLiteral("Products to generate (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("batch-size"), QStringLiteral("Rows per transaction (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("breakdown"),
         QStringLiteral("Also time the storage layer alone: preparing records and writing them.")});
    parser.process(app);
    const int products = parser.value(QStringLiteral("products")).toInt();
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-import-XXXXXX"));
    out << "generating " << products << " products (3 locales, 2 channels)...\n";
    out.flush();
    const qint64 values = generate(dir.path(), products);
    QFile productFile(dir.filePath(QStringLiteral("products.csv")));
    productFile.open(QIODevice::ReadOnly);
    const QByteArray bytes = productFile.readAll();
    out << QStringLiteral("products.csv: %1 MB, %2 values\n").arg(bytes.size() / 1e6, 0, 'f', 1).arg(values);

    // The reader alone, and libcsv on the same bytes (both count fields; ours also decodes nothing).
    QElapsedTimer t;
    t.start();
    CsvReader reader(bytes);
    qint64 fields = 0;
    while (reader.next())
        fields += reader.fieldCount();
    const double ownSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    csv_parser p;
    csv_init(&p, CSV_APPEND_NULL);
    csv_set_delim(&p, ';');
    LibcsvCount count;
    csv_parse(&p, bytes.constData(), size_t(bytes.size()), libcsvField, libcsvRecord, &count);
    csv_fini(&p, libcsvField, libcsvRecord, &count);
    csv_free(&p);
    const double libcsvSeconds = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("CSV reader: %1 MB/s (%2 fields); libcsv: %3 MB/s (%4 fields)\n")
               .arg(bytes.size() / 1e6 / ownSeconds, 0, 'f', 0)
               .arg(fields)
               .arg(bytes.size() / 1e6 / libcsvSeconds, 0, 'f', 0)
               .arg(count.fields);

    Status status;
    auto workspace =
        Workspace::open(dir.filePath(QStringLiteral("bench.facet")), Workspace::OpenMode::Create, &status);
    if (!workspace) {
        out << status.message() << '\n';
        return 2;
    }
    ImportOptions options;
    for (const char* name : {"channels.csv", "attributes.csv", "attribute_options.csv", "families.csv",
                             "categories.csv", "products.csv"})
        options.files << dir.filePath(QString::fromLatin1(name));
    options.batchSize = parser.value(QStringLiteral("batch-size")).toInt();
    // A dry run first: reading, converting and validating without writing, to show where the time goes.
    {
        ImportOptions dry = options;
        dry.dryRun = true;
        t.restart();
        AkeneoImporter dryImporter(*workspace, dry);
        const ImportReport dryReport = dryImporter.run();
        const double s = t.nsecsElapsed() / 1e9;
        out << QStringLiteral("dry run (read, convert, validate; no writes): %1 s, %2 products/s\n")
                   .arg(s, 0, 'f', 1)
                   .arg(dryReport.created / s, 0, 'f', 0);
    }
    t.restart();
    AkeneoImporter importer(*workspace, options);
    if (Status s = importer.analyze(); !s) {
        out << s.message() << '\n';
        return 2;
    }
    const double analyzeSeconds = t.nsecsElapsed() / 1e9;
    qint64 lastShown = 0;
    const ImportReport report = importer.run([&](qint64 done, qint64 total) {
        if (done - lastShown >= 20000 || done == total) {
            out << QStringLiteral("  %1 of %2 rows, %3 s\n")
                       .arg(done)
                       .arg(total)
                       .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1);
            out.flush();
            lastShown = done;
        }
    });
    const double seconds = t.nsecsElapsed() / 1e9;
    if (report.failed || report.errorCount() > 0 || report.created != products) {
        out << report.toText();
        return 2;
    }
    const double rate = products / seconds;
    out << QStringLiteral("\nimported %1 products (%2 values) in %3 s (analysis %4 s)\n")
               .arg(report.created)
               .arg(report.values)
               .arg(seconds, 0, 'f', 1)
               .arg(analyzeSeconds, 0, 'f', 1);
    out << QStringLiteral("%1 products/s   %2 values/s   target 20,000 products/s: %3\n")
               .arg(rate, 0, 'f', 0)
               .arg(report.values / seconds, 0, 'f', 0)
               .arg(rate >= 20000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out << QStringLiteral("reference: Akeneo exports ~4 products/s (users' reports); a tuned Magento import "
                          "~1,700 products/s\n");
    if (parser.isSet(QStringLiteral("breakdown"))) {
        // The records as converted, written again by the storage layer alone into another fresh workspace.
        auto second = Workspace::open(dir.filePath(QStringLiteral("breakdown.facet")),
                                      Workspace::OpenMode::Create, &status);
        second->saveStructure(workspace->catalog());
        const QList<MasterRecord> records = importer.preview(products);
        t.restart();
        qint64 prepared = 0;
        for (const MasterRecord& r : records)
            prepared += PreparedRecord::prepare(second->catalog(), r).canonical.size();
        const double prepareSeconds = t.nsecsElapsed() / 1e9;
        t.restart();
        for (qsizetype i = 0; i < records.size(); i += 1000)
            second->saveRecords(records.mid(i, 1000));
        const double saveSeconds = t.nsecsElapsed() / 1e9;
        out << QStringLiteral(
                   "storage alone: PreparedRecord::prepare %1 products/s on one thread (%2 bytes); "
                   "Workspace::saveRecords %3 products/s\n")
                   .arg(records.size() / prepareSeconds, 0, 'f', 0)
                   .arg(prepared)
                   .arg(records.size() / saveSeconds, 0, 'f', 0);
    }
    // The same files again: every row unchanged, nothing written.
    t.restart();
    AkeneoImporter again(*workspace, options);
    const ImportReport second = again.run();
    const double secondSeconds = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("re-import of the same files: %1 unchanged in %2 s (%3 products/s)\n")
               .arg(second.unchanged)
               .arg(secondSeconds, 0, 'f', 1)
               .arg(products / secondSeconds, 0, 'f', 0);
    return rate >= 20000 ? 0 : 1;
}
