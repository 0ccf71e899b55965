// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

namespace facet::cli {

// facetctl measure sms|x|push [TEXT|-]: how a text fares on a channel, without a workspace.
class MeasureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(facet::cli::MeasureCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("measure"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    bool readInput(QString* text);
    int measureSms(const QString& text, bool json);
    int measureX(const QString& text, bool json);
    int measurePush(const QString& text, const QString& title, const QString& topic, bool json);
    void print(const QJsonObject& object);
};

} // namespace facet::cli
