// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/ChannelTemplate.h"
#include "models/rendering/Rendering.h"
#include "models/rendering/TemplateContext.h"

namespace facet {

class MasterRecord;
class TemplateEngine;

// Runs a channel's templates on one record for one locale, assembles the kind's documents from them and
// checks the kind's rules. A template error fails the whole rendering: no part is kept.
class ChannelRenderer
{
public:
    enum class Stage {
        Templates, // the templates' parts only: for measuring the template language alone
        Complete,  // plus the kind's documents and every rule check
    };

    explicit ChannelRenderer(TemplateEngine& engine, Stage stage = Stage::Complete);

    Rendering render(const MasterRecord& record, const TemplateContext::Inputs& inputs,
                     const QList<ChannelTemplate>& templates, const QString& revisionHash = {});

    // The stored template for each of the kind's slots, the built-in default where none is stored.
    static QList<ChannelTemplate> withDefaults(const QString& kind, const QString& channel,
                                               const QList<ChannelTemplate>& stored);

private:
    TemplateEngine& m_engine;
    Stage m_stage;
};

} // namespace facet
