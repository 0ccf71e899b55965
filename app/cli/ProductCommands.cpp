// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProductCommands.h"

#include "app/cli/RecordJson.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet::cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("facet::cli", "Print JSON instead of text."));
}

} // namespace

QString ProductsListCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli", "List the products of a workspace, optionally matching a full-text search.");
}

void ProductsListCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addOption(jsonOption());
    parser.addOption(
        {QStringLiteral("search"),
         QCoreApplication::translate("facet::cli", "Only products matching every word (prefixes)."),
         QCoreApplication::translate("facet::cli", "TEXT")});
    parser.addOption({QStringLiteral("category"),
                      QCoreApplication::translate("facet::cli", "Only products in this category or below."),
                      QCoreApplication::translate("facet::cli", "CODE")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("facet::cli", "At most N products (default: all)."),
                      QCoreApplication::translate("facet::cli", "N")});
}

int ProductsListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("facet::cli", "expected exactly one workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    qint64 limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(
                QCoreApplication::translate("facet::cli", "--limit needs a whole number of 0 or more"));
    }
    const QString category = parser.value(QStringLiteral("category"));
    if (!category.isEmpty() && !workspace->catalog().category(category))
        return fail(Status::invalid(
            QCoreApplication::translate("facet::cli", "unknown category “%1”").arg(category)));

    ProductQuery query;
    query.search = parser.value(QStringLiteral("search"));
    query.category = category;
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    qint64 printed = 0;
    // Page through by key so a million products stream in constant memory.
    while (limit < 0 || printed < limit) {
        query.limit = int(limit < 0 ? 1000 : qMin<qint64>(1000, limit - printed));
        Status status;
        const QList<ProductRow> page = workspace->products(query, &status);
        if (!status)
            return fail(status);
        for (const ProductRow& row : page) {
            if (json)
                rows.append(QJsonObject{{QStringLiteral("sku"), row.sku},
                                        {QStringLiteral("name"), row.label},
                                        {QStringLiteral("family"), row.family},
                                        {QStringLiteral("completeness"), row.completeness},
                                        {QStringLiteral("updated"), row.updatedAt}});
            else
                m_out << QStringLiteral("%1\t%2\t%3\t%4%\n")
                             .arg(row.sku, row.family, row.label)
                             .arg(row.completeness);
        }
        printed += page.size();
        if (page.size() < query.limit)
            break;
        query.afterValue = ProductQuery::sortValue(page.last(), query.sortColumn);
        query.afterId = page.last().id;
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Done;
}

QString ProductsShowCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli", "Show one product's master record: every value, its content hash and completeness.");
}

void ProductsShowCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"),
                                 QCoreApplication::translate("facet::cli", "The product's SKU."));
    parser.addOption(jsonOption());
}

int ProductsShowCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(QCoreApplication::translate("facet::cli", "expected a workspace path and a SKU"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    const auto record = workspace->record(args.at(1), &status);
    if (!record)
        return fail(status);
    const QList<Completeness> completeness = workspace->completeness(record->sku);
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(
            QJsonDocument(RecordJson::toJson(workspace->catalog(), *record, completeness))
                .toJson(QJsonDocument::Indented));
        return Done;
    }
    m_out << RecordJson::toText(workspace->catalog(), *record, completeness);
    return Done;
}

QString ProductsSetCommand::summary() const
{
    return QCoreApplication::translate(
        "facet::cli",
        "Set values of a product's working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. "
        "description-de_DE=\"<p>Leise</p>\", name-en_US-x=\"Short name\", price=\"19.99 EUR,21.50 USD\", "
        "weight=\"1.2 KILOGRAM\". An empty VALUE clears the value. All assignments are validated first; if "
        "one "
        "is wrong, nothing is written.");
}

void ProductsSetCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"),
                                 QCoreApplication::translate("facet::cli", "The product's SKU."));
    parser.addPositionalArgument(
        QStringLiteral("ASSIGNMENT"),
        QCoreApplication::translate("facet::cli", "CODE[-LOCALE][-CHANNEL]=VALUE, one or more."),
        QStringLiteral("ASSIGNMENT..."));
    addUserOptions(parser);
}

int ProductsSetCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3)
        return usageError(QCoreApplication::translate(
            "facet::cli", "expected a workspace path, a SKU and at least one CODE=VALUE"));
    int code = Done;
    // Signing in is recorded in the audit log, so it waits until the input is known to be good.
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    auto record = workspace->record(args.at(1), &status);
    if (!record)
        return fail(status);
    QStringList errors;
    for (const QString& assignment : args.mid(2)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            errors << QCoreApplication::translate("facet::cli", "“%1” is not of the form CODE=VALUE")
                          .arg(assignment);
            continue;
        }
        QString error;
        const auto key = workspace->catalog().parseValueKey(assignment.left(eq), &error);
        if (!key) {
            errors << error;
            continue;
        }
        const auto value =
            workspace->catalog().attribute(key->attribute)->parse(assignment.mid(eq + 1), &error);
        if (!value) {
            errors << QCoreApplication::translate("facet::cli", "%1: %2").arg(key->toString(), error);
            continue;
        }
        record->setValue(*key, *value);
    }
    if (!errors.isEmpty())
        return fail(Status::invalid(QCoreApplication::translate("facet::cli", "%1: nothing was written:\n%2")
                                        .arg(record->sku, errors.join(u'\n'))));
    if (const QList<ValidationError> invalid = workspace->validate(*record); !invalid.isEmpty())
        return fail(Status::invalid(Validator::summary(invalid)));
    if (Status s = signInIfAsked(*workspace, parser); !s)
        return fail(s);
    if (Status s = workspace->saveRecord(*record); !s)
        return fail(s);
    m_out << QCoreApplication::translate("facet::cli", "%1 saved; draft %2\n")
                 .arg(record->sku, record->contentHash().left(12));
    return Done;
}

} // namespace facet::cli
