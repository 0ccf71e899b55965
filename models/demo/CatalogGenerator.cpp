// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/CatalogGenerator.h"

#include "models/catalog/Gtin.h"
#include "models/demo/DemoImages.h"
#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace facet {

namespace {

constexpr int kBatchSize = 5000;

const QStringList& vocabulary(const QString& locale)
{
    static const QStringList en{
        QStringLiteral("quiet"),    QStringLiteral("compact"), QStringLiteral("durable"),
        QStringLiteral("light"),    QStringLiteral("water"),   QStringLiteral("resistant"),
        QStringLiteral("steel"),    QStringLiteral("cotton"),  QStringLiteral("travel"),
        QStringLiteral("everyday"), QStringLiteral("premium"), QStringLiteral("classic"),
        QStringLiteral("wireless"), QStringLiteral("battery"), QStringLiteral("comfort"),
        QStringLiteral("design"),   QStringLiteral("precise"), QStringLiteral("robust"),
        QStringLiteral("modular"),  QStringLiteral("recycled")};
    static const QStringList de{
        QStringLiteral("leise"),     QStringLiteral("kompakt"),     QStringLiteral("langlebig"),
        QStringLiteral("leicht"),    QStringLiteral("wasserdicht"), QStringLiteral("robust"),
        QStringLiteral("Edelstahl"), QStringLiteral("Baumwolle"),   QStringLiteral("Reise"),
        QStringLiteral("Alltag"),    QStringLiteral("hochwertig"),  QStringLiteral("klassisch"),
        QStringLiteral("kabellos"),  QStringLiteral("Akku"),        QStringLiteral("bequem"),
        QStringLiteral("Größe"),     QStringLiteral("präzise"),     QStringLiteral("Gehäuse"),
        QStringLiteral("grün"),      QStringLiteral("süß")};
    static const QStringList fr{
        QStringLiteral("silencieux"), QStringLiteral("compact"),  QStringLiteral("durable"),
        QStringLiteral("léger"),      QStringLiteral("étanche"),  QStringLiteral("robuste"),
        QStringLiteral("acier"),      QStringLiteral("coton"),    QStringLiteral("voyage"),
        QStringLiteral("quotidien"),  QStringLiteral("élégant"),  QStringLiteral("classique"),
        QStringLiteral("sans-fil"),   QStringLiteral("batterie"), QStringLiteral("confort"),
        QStringLiteral("façon"),      QStringLiteral("précis"),   QStringLiteral("modulaire"),
        QStringLiteral("recyclé"),    QStringLiteral("très")};
    if (locale.startsWith(u"de"))
        return de;
    if (locale.startsWith(u"fr"))
        return fr;
    return en;
}

} // namespace

CatalogGenerator::CatalogGenerator(Workspace& workspace, quint32 seed)
    : m_workspace(workspace)
    , m_seed(seed)
{
}

// A real catalog's vocabulary is large and skewed: a few words everywhere, most words rare. The generated one
// is too, so search benchmarks meet realistic match counts instead of every word matching every product.
void CatalogGenerator::buildLexicons()
{
    static const QStringList syllables{
        QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ter"),
        QStringLiteral("van"), QStringLiteral("so"),  QStringLiteral("ri"),  QStringLiteral("nel"),
        QStringLiteral("bu"),  QStringLiteral("sta"), QStringLiteral("fen"), QStringLiteral("dor"),
        QStringLiteral("wi"),  QStringLiteral("pla"), QStringLiteral("gu"),  QStringLiteral("ner"),
        QStringLiteral("tis"), QStringLiteral("ma"),  QStringLiteral("ro"),  QStringLiteral("ze")};
    for (const QString& locale : m_workspace.catalog().localeCodes()) {
        QStringList& list = m_lexicons[locale];
        QRandomGenerator random(quint32(qHash(locale)) ^ m_seed);
        list = vocabulary(locale);
        while (list.size() < 4000) {
            QString word;
            const int parts = 2 + int(random.bounded(3));
            for (int i = 0; i < parts; ++i)
                word += syllables.at(int(random.bounded(quint32(syllables.size()))));
            list << word;
        }
    }
}

// A few illustrations per family, stored once (the library is content-addressed, so a second run finds them),
// give every generated product a picture as the channels that require one expect.
Status CatalogGenerator::drawImages()
{
    const Catalog& catalog = m_workspace.catalog();
    const Attribute* colors = catalog.attribute(QStringLiteral("color"));
    QStringList paints;
    if (colors)
        for (const AttributeOption& o : colors->options)
            paints << o.code;
    if (paints.isEmpty())
        paints << QString();
    paints = paints.mid(0, 4);
    for (const Family& family : catalog.families) {
        QList<qint64>& ids = m_images[family.code];
        ids.clear();
        for (const QString& paint : std::as_const(paints)) {
            if (DemoImages::key(family.code, paint) == DemoImages::expiredKey())
                continue;
            Status status;
            const auto asset = m_workspace.importAsset(
                DemoImages::fileName(family.code, paint), DemoImages::illustration(family.code, paint),
                DemoImages::metadata(catalog, family.code, paint), &status);
            if (!asset)
                return status;
            ids << asset->id;
        }
    }
    return Status::ok();
}

QString CatalogGenerator::words(QRandomGenerator& random, const QString& locale, int count) const
{
    const QStringList& list = m_lexicons.value(locale, vocabulary(locale));
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const double u = random.generateDouble();
        out << list.at(qMin(list.size() - 1, qsizetype(u * u * u * double(list.size()))));
    }
    return out.join(u' ');
}

QJsonValue CatalogGenerator::makeValue(QRandomGenerator& random, const Attribute& a, const QString& locale,
                                       const QString& family) const
{
    auto within = [&a](double v) {
        if (a.rules.minimum)
            v = qMax(v, *a.rules.minimum);
        if (a.rules.maximum)
            v = qMin(v, *a.rules.maximum);
        return a.rules.decimalsAllowed ? v : std::floor(v);
    };
    auto fit = [&a](QString text) {
        return a.rules.maxLength > 0 && text.size() > a.rules.maxLength
                   ? text.left(a.rules.maxLength).trimmed()
                   : text;
    };
    switch (a.type) {
    case AttributeType::Identifier:
        return {};
    case AttributeType::Text:
        return fit(words(random, locale, 3 + int(random.bounded(4))));
    case AttributeType::RichText:
        return fit(QStringLiteral("<p>%1 <b>%2</b>.</p><ul><li>%3</li><li>%4</li></ul>")
                       .arg(words(random, locale, 8), words(random, locale, 2), words(random, locale, 4),
                            words(random, locale, 4)));
    case AttributeType::Number:
        return within(double(random.bounded(1, 1000)));
    case AttributeType::Metric:
        return QJsonObject{{QStringLiteral("amount"), within(double(random.bounded(1, 5000)) / 10.0)},
                           {QStringLiteral("unit"), a.rules.units.value(0, QStringLiteral("GRAM"))}};
    case AttributeType::PriceCollection: {
        QJsonObject prices;
        const QStringList currencies = a.rules.currencies.isEmpty()
                                           ? QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}
                                           : a.rules.currencies;
        const int cents = int(random.bounded(500, 99999));
        for (const QString& c : currencies)
            prices.insert(c, QString::number(cents / 100.0 * (c == u"USD" ? 1.08 : 1.0), 'f', 2));
        return prices;
    }
    case AttributeType::Boolean:
        return random.bounded(2) == 1;
    case AttributeType::Date:
        return QStringLiteral("2026-%1-%2")
            .arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'))
            .arg(random.bounded(1, 29), 2, 10, QLatin1Char('0'));
    case AttributeType::SimpleSelect:
        return a.options.isEmpty()
                   ? QJsonValue()
                   : QJsonValue(a.options.at(int(random.bounded(quint32(a.options.size())))).code);
    case AttributeType::MultiSelect: {
        QStringList codes;
        for (const AttributeOption& o : a.options) {
            if (random.bounded(3) == 0)
                codes << o.code;
        }
        return QJsonArray::fromStringList(codes);
    }
    case AttributeType::Asset: {
        const QList<qint64> ids = m_images.value(family);
        return ids.isEmpty() ? QJsonValue() : QJsonValue(ids.at(int(random.bounded(quint32(ids.size())))));
    }
    case AttributeType::Gtin: {
        QString body = QStringLiteral("400");
        while (body.size() < 12)
            body += QChar(u'0' + char16_t(random.bounded(10)));
        return gtin::complete(body);
    }
    }
    return {};
}

MasterRecord CatalogGenerator::makeRecord(qint64 number) const
{
    const Catalog& catalog = m_workspace.catalog();
    const Family& family = catalog.families.at(int(number % catalog.families.size()));
    QRandomGenerator random(m_seed * 2654435761u ^ quint32(number) ^ quint32(number >> 32));
    MasterRecord record;
    record.sku = QStringLiteral("GEN-%1").arg(number, 7, 10, QLatin1Char('0'));
    record.family = family.code;
    if (!catalog.categories.isEmpty())
        record.categories
            << catalog.categories.at(int(random.bounded(quint32(catalog.categories.size())))).code;
    QSet<QString> required;
    for (const QStringList& codes : family.requirements)
        required.unite(QSet<QString>(codes.cbegin(), codes.cend()));
    for (const QString& code : family.attributes) {
        const Attribute* a = catalog.attribute(code);
        if (!a)
            continue;
        const QStringList locales = a->localizable ? catalog.localeCodes() : QStringList{QString()};
        for (const QString& locale : locales) {
            // Gaps as in a real catalog: optional values are often left out, a value some channel requires
            // rarely, so a few percent of the records are incomplete for a channel and held back there.
            if (random.bounded(required.contains(code) ? 400 : 12) == 0)
                continue;
            record.setValue({code, locale, {}}, makeValue(random, *a, locale, family.code));
        }
    }
    return record;
}

Status CatalogGenerator::generate(qint64 count, const std::function<bool(qint64)>& progress)
{
    if (m_workspace.catalog().families.isEmpty()) {
        if (Status s = m_workspace.saveStructure(DemoWorkspace::structure()); !s)
            return s;
    }
    buildLexicons();
    if (Status s = drawImages(); !s)
        return s;
    const qint64 first = m_workspace.productCount() + 1;
    // The next batch is made on another core while this one is written: writing is the one serial step.
    auto makeBatch = [this](qint64 from, qint64 size) {
        QList<MasterRecord> batch;
        batch.reserve(size);
        for (qint64 n = from; n < from + size; ++n)
            batch << makeRecord(n);
        return batch;
    };
    qint64 done = 0;
    QFuture<QList<MasterRecord>> next = QtConcurrent::run(makeBatch, first, qMin<qint64>(kBatchSize, count));
    while (done < count) {
        const QList<MasterRecord> batch = next.result();
        const qint64 following = done + batch.size();
        if (following < count)
            next =
                QtConcurrent::run(makeBatch, first + following, qMin<qint64>(kBatchSize, count - following));
        if (Status s = m_workspace.saveRecords(batch); !s) {
            next.waitForFinished();
            return s;
        }
        done = following;
        if (progress && !progress(done)) {
            next.waitForFinished();
            return Status::invalid(QStringLiteral("cancelled after %1 products").arg(done));
        }
    }
    return Status::ok();
}

} // namespace facet
