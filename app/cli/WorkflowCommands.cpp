// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WorkflowCommands.h"

#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet::cli {

namespace {

void skuArguments(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"),
                                 QCoreApplication::translate("facet::cli", "The workspace file."));
    parser.addPositionalArgument(QStringLiteral("SKU"),
                                 QCoreApplication::translate("facet::cli", "The product's SKU."));
}

QString stageLabel(const Workspace& workspace, const QString& code)
{
    const Stage* stage = workspace.workflow().stage(code);
    return stage ? stage->label(workspace.catalog().defaultLocale()) : code;
}

QJsonObject stateJson(const Workspace& workspace, const RevisionState& s)
{
    return QJsonObject{{QStringLiteral("hash"), s.revision.hash},
                       {QStringLiteral("stage"), s.stage},
                       {QStringLiteral("stageLabel"), stageLabel(workspace, s.stage)},
                       {QStringLiteral("releaseLevel"), workspace.workflow().releaseLevel(s.stage)},
                       {QStringLiteral("author"), s.revision.author},
                       {QStringLiteral("createdAt"), s.revision.createdAt},
                       {QStringLiteral("submittedBy"), s.submittedBy},
                       {QStringLiteral("submittedAt"), s.submittedAt},
                       {QStringLiteral("editors"), QJsonArray::fromStringList(s.editors)},
                       {QStringLiteral("superseded"), s.superseded}};
}

void printJson(QTextStream& out, const QJsonDocument& document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

// --- submit ------------------------------------------------------------------------------------------------

QString SubmitCommand::summary() const
{
    return tr("Freeze the working draft as a revision and submit it for review; prints its hash.");
}

void SubmitCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addOption({QStringLiteral("comment"), tr("A note for the reviewers."), tr("TEXT")});
    addUserOptions(parser);
}

int SubmitCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a SKU"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    Status status;
    const auto state = workspace->submit(args.at(1), parser.value(QStringLiteral("comment")), &status);
    if (!state)
        return fail(status);
    m_out << tr("submitted %1 revision %2 to %3\n")
                 .arg(args.at(1), state->revision.hash, stageLabel(*workspace, state->stage));
    return Done;
}

// --- approve / send-back -----------------------------------------------------------------------------------

namespace {

// The hash the user means: --hash (a prefix is enough), else the revision waiting now.
std::optional<QString> chosenHash(const Workspace& workspace, const QString& sku, const QString& given,
                                  Status* status)
{
    if (!given.isEmpty()) {
        const auto state = workspace.revisionState(sku, given, status);
        return state ? std::optional<QString>(state->revision.hash) : std::nullopt;
    }
    const auto current = workspace.currentRevision(sku);
    if (!current) {
        *status = Status::invalid(
            QCoreApplication::translate("facet::cli", "%1 has no revision waiting for a decision").arg(sku));
        return std::nullopt;
    }
    return current->revision.hash;
}

} // namespace

QString ApproveCommand::summary() const
{
    return tr(
        "Approve the revision waiting for a decision, moving it to the next stage. With --hash, only if "
        "that is still the revision waiting (so you approve what you read).");
}

void ApproveCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addOption({QStringLiteral("comment"), tr("Why."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("hash"), tr("The revision you reviewed (a prefix is enough)."), tr("HASH")});
    parser.addOption({QStringLiteral("to"), tr("The stage, if several approvals lead on."), tr("STAGE")});
    addUserOptions(parser);
}

int ApproveCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a SKU"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    Status status;
    const auto hash = chosenHash(*workspace, args.at(1), parser.value(QStringLiteral("hash")), &status);
    if (!hash)
        return fail(status);
    if (Status s = workspace->approve(args.at(1), *hash, parser.value(QStringLiteral("comment")),
                                      parser.value(QStringLiteral("to")));
        !s)
        return fail(s);
    m_out << tr("approved %1 revision %2: now at %3\n")
                 .arg(args.at(1), hash->left(12),
                      stageLabel(*workspace, workspace->revisionState(args.at(1), *hash)->stage));
    return Done;
}

QString SendBackCommand::summary() const
{
    return tr(
        "Send the revision waiting for a decision back to an earlier stage, with a comment saying why.");
}

void SendBackCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addOption({QStringLiteral("to"), tr("The stage to send it back to."), tr("STAGE")});
    parser.addOption({QStringLiteral("comment"), tr("What to change (required)."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("hash"), tr("The revision you reviewed (a prefix is enough)."), tr("HASH")});
    addUserOptions(parser);
}

int SendBackCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a SKU"));
    if (!parser.isSet(QStringLiteral("to")))
        return usageError(tr("say where to with --to STAGE"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    Status status;
    const auto hash = chosenHash(*workspace, args.at(1), parser.value(QStringLiteral("hash")), &status);
    if (!hash)
        return fail(status);
    if (Status s = workspace->sendBack(args.at(1), *hash, parser.value(QStringLiteral("to")),
                                       parser.value(QStringLiteral("comment")));
        !s)
        return fail(s);
    m_out << tr("sent %1 revision %2 back to %3\n")
                 .arg(args.at(1), hash->left(12), stageLabel(*workspace, parser.value(QStringLiteral("to"))));
    return Done;
}

// --- history -----------------------------------------------------------------------------------------------

QString HistoryCommand::summary() const
{
    return tr("A record's revisions with their stages, and every decision: who, when, what, comment.");
}

void HistoryCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int HistoryCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a SKU"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    if (!workspace->record(args.at(1), &status))
        return fail(status);
    const QList<RevisionState> states = workspace->revisionStates(args.at(1));
    const QList<Approval> approvals = workspace->approvals(args.at(1));
    const QList<RevisionComment> comments = workspace->comments(args.at(1));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray revisions;
        for (const RevisionState& s : states)
            revisions << stateJson(*workspace, s);
        QJsonArray decisions;
        for (const Approval& a : approvals)
            decisions << QJsonObject{{QStringLiteral("decision"), Approval::decisionId(a.decision)},
                                     {QStringLiteral("revision"), a.revisionHash},
                                     {QStringLiteral("user"), a.user},
                                     {QStringLiteral("role"), a.role},
                                     {QStringLiteral("from"), a.fromStage},
                                     {QStringLiteral("to"), a.toStage},
                                     {QStringLiteral("comment"), a.comment},
                                     {QStringLiteral("at"), a.at}};
        QJsonArray commentArray;
        for (const RevisionComment& c : comments)
            commentArray << QJsonObject{{QStringLiteral("revision"), c.revisionHash},
                                        {QStringLiteral("user"), c.user},
                                        {QStringLiteral("text"), c.text},
                                        {QStringLiteral("at"), c.at}};
        printJson(m_out, QJsonDocument(QJsonObject{{QStringLiteral("sku"), args.at(1)},
                                                   {QStringLiteral("revisions"), revisions},
                                                   {QStringLiteral("decisions"), decisions},
                                                   {QStringLiteral("comments"), commentArray}}));
        return Done;
    }
    m_out << tr("Revisions of %1:\n").arg(args.at(1));
    for (const RevisionState& s : states)
        m_out << QStringLiteral("  %1  %2%3  %4\n")
                     .arg(s.revision.hash.left(12), stageLabel(*workspace, s.stage),
                          s.superseded ? tr(" (superseded)") : QString(), s.revision.createdAt);
    m_out << tr("Decisions:\n");
    for (const Approval& a : approvals)
        m_out << QStringLiteral("  %1  %2  %3  %4  %5 → %6%7\n")
                     .arg(a.at, a.user, Approval::decisionId(a.decision), a.revisionHash.left(12),
                          stageLabel(*workspace, a.fromStage), stageLabel(*workspace, a.toStage),
                          a.comment.isEmpty() ? QString() : QStringLiteral("  “%1”").arg(a.comment));
    if (!comments.isEmpty()) {
        m_out << tr("Comments:\n");
        for (const RevisionComment& c : comments)
            m_out << QStringLiteral("  %1  %2  %3  %4\n").arg(c.at, c.user, c.revisionHash.left(12), c.text);
    }
    return Done;
}

// --- diff --------------------------------------------------------------------------------------------------

QString DiffCommand::summary() const
{
    return tr(
        "What changed between two revisions (hash prefixes, or “draft” for the working draft), field by "
        "field and word by word: [-removed-] {+added+}.");
}

void DiffCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addPositionalArgument(QStringLiteral("REV1"), tr("The older revision."));
    parser.addPositionalArgument(QStringLiteral("REV2"), tr("The newer revision."));
}

int DiffCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4)
        return usageError(tr("expected a workspace path, a SKU and two revisions"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    const auto diff = workspace->diff(args.at(1), args.at(2), args.at(3), &status);
    if (!diff)
        return fail(status);
    if (diff->isEmpty()) {
        m_out << tr("no differences\n");
        return Done;
    }
    if (diff->familyBefore != diff->familyAfter)
        m_out << tr("family: %1 → %2\n").arg(diff->familyBefore, diff->familyAfter);
    for (const QString& c : diff->categoriesAdded)
        m_out << tr("category added: %1\n").arg(c);
    for (const QString& c : diff->categoriesRemoved)
        m_out << tr("category removed: %1\n").arg(c);
    auto plain = [](const QJsonValue& v) {
        return v.isString() ? v.toString()
                            : QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{v.toVariant()})
                                                    .toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1);
    };
    for (const FieldChange& change : diff->changes) {
        const QString key = change.key.toString();
        if (!change.spans.isEmpty()) {
            QString line;
            for (const DiffSpan& s : change.spans)
                line += s.kind == DiffSpan::Kind::Same      ? s.text
                        : s.kind == DiffSpan::Kind::Removed ? QStringLiteral("[-%1-]").arg(s.text)
                                                            : QStringLiteral("{+%1+}").arg(s.text);
            m_out << QStringLiteral("~ %1: %2\n").arg(key, line);
        } else if (change.kind == FieldChange::Kind::Added) {
            m_out << QStringLiteral("+ %1: %2\n").arg(key, plain(change.after));
        } else if (change.kind == FieldChange::Kind::Removed) {
            m_out << QStringLiteral("- %1: %2\n").arg(key, plain(change.before));
        } else {
            m_out << QStringLiteral("~ %1: %2 → %3\n").arg(key, plain(change.before), plain(change.after));
        }
    }
    return Done;
}

// --- effective ---------------------------------------------------------------------------------------------

QString EffectiveCommand::summary() const
{
    return tr(
        "The revision a channel gets now: the newest whose stage grants at least the channel's required "
        "level. Exit 1 when there is none.");
}

void EffectiveCommand::describe(QCommandLineParser& parser) const
{
    skuArguments(parser);
    parser.addOption({QStringLiteral("channel"), tr("The channel's code."), tr("CHANNEL")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

int EffectiveCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(QStringLiteral("channel")))
        return usageError(tr("expected a workspace path, a SKU and --channel"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    Status status;
    if (!workspace->record(args.at(1), &status))
        return fail(status);
    const QString channel = parser.value(QStringLiteral("channel"));
    const auto state = workspace->effectiveRevision(args.at(1), channel, &status);
    if (!status)
        return fail(status);
    const int level = workspace->catalog().channel(channel)->requiredLevel;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("sku"), args.at(1)},
                      {QStringLiteral("channel"), channel},
                      {QStringLiteral("requiredLevel"), level}};
        o.insert(QStringLiteral("revision"),
                 state ? QJsonValue(stateJson(*workspace, *state)) : QJsonValue());
        printJson(m_out, QJsonDocument(o));
        return state ? Done : UserError;
    }
    if (!state) {
        m_err << tr("facetctl effective: %1 has no revision at release level %2 or higher; %3 gets nothing\n")
                     .arg(args.at(1))
                     .arg(level)
                     .arg(channel);
        return UserError;
    }
    m_out << QStringLiteral("%1\t%2\t%3\n")
                 .arg(state->revision.hash, state->stage)
                 .arg(workspace->workflow().releaseLevel(state->stage));
    return Done;
}

// --- tasks -------------------------------------------------------------------------------------------------

QString TasksCommand::summary() const
{
    return tr("What waits for the signed-in user's roles: SKU, STAGE, REVISION, SUBMITTED BY, LABEL.");
}

void TasksCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("WS"), tr("The workspace file."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addUserOptions(parser);
}

int TasksCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspaceAs(parser.positionalArguments().first(), parser, &code);
    if (!workspace)
        return code;
    if (!workspace->session().canAct())
        return fail(Status::invalid(tr("tasks belong to someone: sign in with --user")));
    const QList<Task> tasks = workspace->tasks();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Task& t : tasks) {
            QJsonArray transitions;
            for (const Transition& tr : t.transitions)
                transitions << QJsonObject{{QStringLiteral("kind"), Transition::kindId(tr.kind)},
                                           {QStringLiteral("to"), tr.to}};
            array << QJsonObject{{QStringLiteral("sku"), t.sku},
                                 {QStringLiteral("label"), t.label},
                                 {QStringLiteral("revision"), t.revisionHash},
                                 {QStringLiteral("stage"), t.stage},
                                 {QStringLiteral("submittedBy"), t.submittedBy},
                                 {QStringLiteral("submittedAt"), t.submittedAt},
                                 {QStringLiteral("blockedByFourEyes"), t.blockedByFourEyes},
                                 {QStringLiteral("transitions"), transitions}};
        }
        printJson(m_out, QJsonDocument(array));
        return Done;
    }
    for (const Task& t : tasks)
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                     .arg(t.sku, t.stage, t.revisionHash.left(12), t.submittedBy, t.label,
                          t.blockedByFourEyes ? tr("\t(four eyes: someone else approves)") : QString());
    return Done;
}

} // namespace facet::cli
