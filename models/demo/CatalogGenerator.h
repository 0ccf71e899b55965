// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/record/MasterRecord.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <functional>

namespace facet {

class Attribute;
class Catalog;
class Workspace;

// Synthetic products for benchmarks and scale tests: every family attribute filled with a value that passes
// its rules, text in each locale, an illustration per product, a few gaps so completeness varies. Repeatable
// for a given seed.
class CatalogGenerator
{
public:
    CatalogGenerator(Workspace& workspace, quint32 seed = 1);

    // Adds `count` products (SKUs continue after those already generated). Uses the demo structure when the
    // workspace has none. `progress` gets the number written so far and returns false to stop.
    Status generate(qint64 count, const std::function<bool(qint64)>& progress = {});
    // The same number and seed always give the same record, whichever thread makes it.
    MasterRecord makeRecord(qint64 number) const;

private:
    QJsonValue makeValue(QRandomGenerator& random, const Attribute& attribute, const QString& locale,
                         const QString& family) const;
    Status drawImages();
    QString words(QRandomGenerator& random, const QString& locale, int count) const;
    void buildLexicons();

    Workspace& m_workspace;
    quint32 m_seed;
    QHash<QString, QStringList> m_lexicons;
    QHash<QString, QList<qint64>> m_images; // family → asset ids of its illustrations
};

} // namespace facet
