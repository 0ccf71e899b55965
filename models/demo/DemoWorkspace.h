// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/User.h"
#include "models/catalog/Catalog.h"
#include "models/core/Status.h"
#include "models/record/MasterRecord.h"

#include <QHash>
#include <QList>

namespace facet {

class DemoProductLine;
class Workspace;

// The demo workspace: a small, complete catalog (three locales, ten channels, six families, 72 products) that
// shows every feature of the workbench on first start, in screenshots and in tests. Every text in it was
// written for Facet; the product names and GTINs are invented (GTINs use the GS1 restricted-circulation
// prefix 20, so they can never collide with a real article).
class DemoWorkspace
{
public:
    // The demo's locales, channels, attribute groups, attributes, families and categories.
    static Catalog structure();
    // Saves the structure, adds the generated product illustrations as assets, then saves the products.
    static Status populate(Workspace& workspace);
    // The demo records; `assetIds` maps DemoImages::key(family, color) to an asset id. Images missing from
    // the map are left out of the records, so the records stay valid without a workspace.
    static QList<MasterRecord> products(const QHash<QString, qint64>& assetIds);
    // ada (Admin), mia and max (Marketer), ben (Brand manager), lea (Reviewer), val (Viewer).
    static QList<User> users();
    // Every demo user's password, documented in the README.
    static QString password() { return QStringLiteral("facet-demo"); }

private:
    // DemoWorkflow.cpp: adds the users, then moves the records through the workflow as they would.
    static Status populateWorkflow(Workspace& workspace);

    // DemoAttributes.cpp
    static QList<Attribute> attributes();
    // DemoStructure.cpp
    static QList<Channel> channels();
    static QList<Family> families();
    static QList<Category> categories();
    // One file per product line.
    static DemoProductLine headphones();
    static DemoProductLine coffeeMachines();
    static DemoProductLine runningShoes();
    static DemoProductLine backpacks();
    static DemoProductLine lamps();
    static DemoProductLine bottles();
};

} // namespace facet
