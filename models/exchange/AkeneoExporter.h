// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace facet {

class Workspace;

struct ExportReport
{
    qint64 products = 0;
    qint64 values = 0;
    qint64 mediaFiles = 0;
    QStringList files; // written, relative to the output folder
};

// Writes a workspace in Akeneo's flat CSV format, so that importing the result gives the same records:
// products.csv (every value of every locale and channel: one column per attribute, locale and channel;
// prices as collections "19.99 EUR,21.50 USD"; metrics as amount plus "-unit"; media as paths into files/),
// the structure files attributes.csv, attribute_options.csv, attribute_groups.csv, families.csv,
// categories.csv, channels.csv and locales.csv, and each asset once under files/.
// Columns Akeneo does not know (facet_type, facet_kind, …) carry what its format cannot say.
class AkeneoExporter
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    explicit AkeneoExporter(Workspace& workspace);
    Status exportTo(const QString& folder, ExportReport* report, const Progress& progress = {});

private:
    Workspace& m_workspace;
};

} // namespace facet
