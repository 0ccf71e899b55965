// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/exchange/ImportReport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

namespace facet {

// A CSV file with a header row, as the structure files are: each row by column name.
struct CsvTable
{
    QStringList header;
    QList<QHash<QString, QString>> rows;
    QList<qsizetype> lines;
};

// Akeneo's structure files (attributes.csv, families.csv, categories.csv, attribute_options.csv, and the
// channels.csv, locales.csv and attribute_groups.csv Facet also writes) read into a Catalog. A structure
// file adds what the workspace lacks; entries it already has are kept as they are, except that new options
// of a select attribute and new attributes or requirements of a family are added.
class AkeneoStructure
{
public:
    enum class File {
        Locales,
        Channels,
        AttributeGroups,
        Attributes,
        AttributeOptions,
        Families,
        Categories
    };

    static std::optional<File> fileKind(const QString& fileName);
    static QString fileName(File kind);
    // Order in which files must be applied so that what a file names already exists.
    static QList<File> applyOrder();

    // Reads a whole file; a wrong delimiter, an unclosed quote or invalid UTF-8 are reported, and only rows
    // with the header's number of fields are returned.
    static std::optional<CsvTable> readTable(const QString& name, const QByteArray& data,
                                             ImportReport& report);
    // Applies one structure file to `catalog`; true if anything was added.
    static bool apply(File kind, const QString& name, const CsvTable& table, Catalog& catalog,
                      ImportReport& report);

    static std::optional<AttributeType> typeFromAkeneo(const QString& akeneoType, bool wysiwyg);
    static QString akeneoType(AttributeType type);
    // Guesses a channel's kind from its code: "print" → print, "ecommerce" → web, …
    static QString kindForChannelCode(const QString& code);
    static Labels labelsOf(const QHash<QString, QString>& row);
};

} // namespace facet
