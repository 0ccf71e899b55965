// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TemplateCommands.h"

#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace facet::cli {

namespace {

const Channel* findChannel(const Workspace& workspace, const QString& code, Status* status)
{
    if (const Channel* c = workspace.catalog().channel(code))
        return c;
    QStringList codes;
    for (const Channel& c : workspace.catalog().channels)
        codes << c.code;
    *status = Status::invalid(
        QCoreApplication::translate("facet::cli", "unknown channel “%1”; the workspace has %2")
            .arg(code, codes.join(QStringLiteral(", "))));
    return nullptr;
}

// Every version of one template, newest first, down to the built-in default (version 0).
QList<ChannelTemplate> history(const Workspace& workspace, const Channel& channel, const QString& name)
{
    QList<ChannelTemplate> versions = workspace.templateHistory(channel.code, name);
    versions << ChannelTemplate{channel.code, name, 0, TemplateSlot::defaultSource(channel.kind, name),
                                {},           {}};
    return versions;
}

} // namespace

QString TemplatesListCommand::summary() const
{
    return tr("List each channel's templates with the version in use: CHANNEL, NAME, VERSION, who saved it "
              "and when (version 0 is the built-in default).");
}

void TemplatesListCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addOption({QStringLiteral("channel"), tr("Only this channel."), tr("CODE")});
}

int TemplatesListCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected exactly one workspace path"));
    int code = Done;
    auto workspace = openWorkspace(parser.positionalArguments().first(), &code);
    if (!workspace)
        return code;
    QList<const Channel*> channels;
    if (parser.isSet(QStringLiteral("channel"))) {
        Status status;
        const Channel* channel = findChannel(*workspace, parser.value(QStringLiteral("channel")), &status);
        if (!channel)
            return fail(status);
        channels << channel;
    } else {
        for (const Channel& c : workspace->catalog().channels)
            channels << &c;
    }
    for (const Channel* channel : std::as_const(channels)) {
        for (const ChannelTemplate& t : workspace->templates(channel->code)) {
            m_out << channel->code << u'\t' << t.name << u'\t' << t.version << u'\t';
            if (t.version == 0)
                m_out << tr("built-in");
            else
                m_out << (t.savedBy.isEmpty() ? tr("unknown") : t.savedBy) << u'\t' << t.savedAt;
            m_out << u'\n';
        }
    }
    return Done;
}

QString TemplatesShowCommand::summary() const
{
    return tr(
        "Print the source of a channel's template: the version in use, or the one given with --version.");
}

void TemplatesShowCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("CHANNEL"), tr("The channel's code."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The template's name, e.g. body or subject."));
    parser.addOption({QStringLiteral("version"),
                      tr("This version instead of the one in use (0: the built-in)."), tr("N")});
}

int TemplatesShowCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return usageError(tr("expected a workspace path, a channel and a template name"));
    int version = -1;
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = parser.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 0)
            return usageError(tr("--version needs a whole number of 0 or more"));
    }
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    const Channel* channel = findChannel(*workspace, args.at(1), &status);
    if (!channel)
        return fail(status);
    const QList<TemplateSlot> slots = TemplateSlot::forKind(channel->kind);
    if (!TemplateSlot::find(slots, args.at(2))) {
        QStringList names;
        for (const TemplateSlot& slot : slots)
            names << slot.name;
        return fail(Status::invalid(tr("a %1 channel has no template “%2”; it has %3")
                                        .arg(channel->kind, args.at(2), names.join(QStringLiteral(", ")))));
    }
    const QList<ChannelTemplate> versions = history(*workspace, *channel, args.at(2));
    const ChannelTemplate* chosen = version < 0 ? &versions.first() : nullptr;
    QStringList numbers;
    for (const ChannelTemplate& t : versions) {
        numbers << QString::number(t.version);
        if (t.version == version)
            chosen = &t;
    }
    if (!chosen)
        return fail(Status::invalid(tr("%1/%2 has no version %3; it has %4")
                                        .arg(channel->code, args.at(2))
                                        .arg(version)
                                        .arg(numbers.join(QStringLiteral(", ")))));
    m_out << chosen->source;
    return Done;
}

QString TemplatesSetCommand::summary() const
{
    return tr(
        "Save a channel's template from FILE (or standard input with -) as its next version. A template "
        "that does not compile is refused with the line of the problem; nothing is stored.");
}

void TemplatesSetCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("CHANNEL"), tr("The channel's code."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The template's name, e.g. body or subject."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The template source (UTF-8), or - for standard input."));
    addUserOptions(parser);
}

int TemplatesSetCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4)
        return usageError(tr("expected a workspace path, a channel, a template name and a file (or -)"));
    QFile file(args.at(3));
    const bool opened =
        args.at(3) == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return fail(Status::invalid(tr("cannot read %1: %2").arg(args.at(3), file.errorString())));
    const QString source = QString::fromUtf8(file.readAll());
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    // Signing in is recorded in the audit log, so it waits until the template is known to be good.
    if (Status s = workspace->checkTemplate(args.at(1), args.at(2), source); !s)
        return fail(s.kind() == Status::Kind::Internal
                        ? s
                        : Status::invalid(tr("%1; nothing was stored").arg(s.message())));
    if (Status s = signInIfAsked(*workspace, parser); !s)
        return fail(s);
    Status status;
    const auto saved = workspace->saveTemplate(args.at(1), args.at(2), source, actingName(parser), &status);
    if (!saved)
        return fail(status.kind() == Status::Kind::Internal
                        ? status
                        : Status::invalid(tr("%1; nothing was stored").arg(status.message())));
    m_out << tr("saved %1/%2 as version %3\n").arg(saved->channel, saved->name).arg(saved->version);
    return Done;
}

} // namespace facet::cli
