// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KTextTemplate/TagLibraryInterface>
#include <QObject>

namespace facet {

// The filters channel templates need beyond the Django set. KTextTemplate only loads filters from plugins,
// so this library is built as one and installed beside the application.
class FacetFilterLibrary : public QObject, public KTextTemplate::TagLibraryInterface
{
    Q_OBJECT
    Q_INTERFACES(KTextTemplate::TagLibraryInterface)
    Q_PLUGIN_METADATA(IID "org.kde.KTextTemplate.TagLibraryInterface/1.0")

public:
    // The parser takes ownership of what this returns, so every call hands out new filters.
    QHash<QString, KTextTemplate::Filter*> filters(const QString& name = {}) override;
};

} // namespace facet
