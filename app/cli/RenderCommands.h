// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QJsonObject>

namespace facet {
struct Finding;
struct Rendering;
} // namespace facet

namespace facet::cli {

class RenderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::RenderCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;

    // The part a channel kind publishes, e.g. the email's "eml" or, before documents are assembled, its
    // "html"; empty when the rendering has none of the kind's candidates.
    static QString mainPart(const Rendering& rendering);

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::CheckCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;

    // Records rendered per round; bounds memory on any workspace size while keeping every core busy.
    static constexpr int BatchSize = 256;

    // "SKU channel locale severity rule: message (measured / limit)", without a newline.
    static QString findingLine(const Rendering& rendering, const Finding& finding);
    // One element of the array --json prints.
    static QJsonObject findingJson(const Rendering& rendering, const Finding& finding);

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace facet::cli
