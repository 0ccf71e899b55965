// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PublishCommands.h"

#include "models/publishing/FolderPublication.h"
#include "models/publishing/Publisher.h"
#include "models/publishing/SecretStore.h"
#include "models/publishing/WebhookDelivery.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

void printJson(QTextStream& out, const QJsonValue& value)
{
    out << QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

void workspaceArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"WS"_s, QCoreApplication::translate("facet::cli", "The workspace file."));
}

QJsonObject publicationJson(const Publication& p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"target"_s, p.target},
                       {u"channel"_s, p.channel},
                       {u"trigger"_s, p.trigger},
                       {u"startedBy"_s, p.startedBy},
                       {u"startedAt"_s, p.startedAt},
                       {u"finishedAt"_s, p.finishedAt},
                       {u"status"_s, Publication::statusName(p.status)},
                       {u"message"_s, p.message},
                       {u"written"_s, p.written},
                       {u"unchanged"_s, p.unchanged},
                       {u"withdrawn"_s, p.withdrawn},
                       {u"held"_s, p.held},
                       {u"failed"_s, p.failed},
                       {u"bytes"_s, p.bytes}};
}

QJsonObject itemJson(const PublishedItem& i)
{
    return QJsonObject{{u"sku"_s, i.sku},
                       {u"locale"_s, i.locale},
                       {u"result"_s, PublishedItem::resultName(i.result)},
                       {u"revision"_s, i.revisionHash},
                       {u"templateVersion"_s, i.templateVersion},
                       {u"checksum"_s, i.checksum},
                       {u"message"_s, i.message},
                       {u"paths"_s, QJsonArray::fromStringList(i.paths)}};
}

QString countsLine(const Publication& p)
{
    return QCoreApplication::translate("facet::cli",
                                       "written %1, unchanged %2, withdrawn %3, held %4, failed %5")
        .arg(p.written)
        .arg(p.unchanged)
        .arg(p.withdrawn)
        .arg(p.held)
        .arg(p.failed);
}

QJsonObject targetJson(const Workspace& ws, const PublishTarget& t)
{
    QJsonObject o{{u"code"_s, t.code},
                  {u"channel"_s, t.channel},
                  {u"kind"_s, PublishTarget::kindName(t.kind)},
                  {u"settings"_s, t.settings},
                  {u"automatic"_s, t.automatic},
                  {u"enabled"_s, t.enabled}};
    if (t.kind == PublishTarget::Kind::Folder)
        o.insert(u"folder"_s, ws.targetFolder(t));
    return o;
}

QJsonObject scheduleJson(const PublicationSchedule& s)
{
    return QJsonObject{
        {u"id"_s, s.id},
        {u"targets"_s, QJsonArray::fromStringList(s.targets)},
        {u"channels"_s, QJsonArray::fromStringList(s.channels)},
        {u"notBefore"_s, s.notBefore.isValid() ? s.notBefore.toString(Qt::ISODate) : QString()},
        {u"recurrence"_s, s.recurrence},
        {u"nextRun"_s, s.nextRun.isValid() ? s.nextRun.toString(Qt::ISODate) : QString()},
        {u"enabled"_s, s.enabled},
        {u"createdBy"_s, s.createdBy}};
}

} // namespace

// --- publish -----------------------------------------------------------------------------------------------

QString PublishCommand::summary() const
{
    return tr(
        "Publish the effective revisions to the channels' targets (incremental; held records are listed).");
}

void PublishCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        summary() + u"\n\n"_s +
        tr("Only revisions at or above a channel's release level reach it. Unchanged renderings are skipped, "
           "records no longer effective are withdrawn, records with error findings are held back with their "
           "reasons while the rest publishes.\n"
           "Exit codes: 0 every publication completed (held records included: they are listed), 1 wrong "
           "input, refused (no right to publish a channel) or cancelled, 2 a target failed or internal "
           "failure."));
    workspaceArgument(parser);
    parser.addOption({u"channel"_s, tr("Only this channel's targets (repeatable)."), tr("CHANNEL")});
    parser.addOption({u"target"_s, tr("Only this target (repeatable)."), tr("TARGET")});
    parser.addOption({u"sku"_s, tr("Only this record (repeatable)."), tr("SKU")});
    parser.addOption({u"dry-run"_s, tr("Render and report, but write and record nothing.")});
    parser.addOption({u"due"_s, tr("Run the schedules that are due and the automatic queue (for cron or a "
                                   "systemd timer).")});
    parser.addOption({u"json"_s, tr("Print JSON.")});
    addUserOptions(parser);
}

int PublishCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    const bool due = parser.isSet(u"due"_s);
    if (due && (parser.isSet(u"channel"_s) || parser.isSet(u"target"_s) || parser.isSet(u"sku"_s) ||
                parser.isSet(u"dry-run"_s)))
        return usageError(tr("--due runs what the schedules and the queue say; it takes no selection"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    Publisher publisher(*workspace);
    Status status;
    QList<Publication> pubs;
    if (due) {
        pubs = publisher.publishDue(QDateTime::currentDateTimeUtc(), {}, &status);
    } else {
        Publisher::Request request;
        request.channels = parser.values(u"channel"_s);
        request.targets = parser.values(u"target"_s);
        request.skus = parser.values(u"sku"_s);
        request.dryRun = parser.isSet(u"dry-run"_s);
        pubs = publisher.publish(request, {}, &status);
    }
    bool targetFailed = false;
    QJsonArray json;
    for (const Publication& p : std::as_const(pubs)) {
        targetFailed = targetFailed || p.status == Publication::Status::Failed || p.failed > 0;
        const QList<PublishedItem> items =
            p.id > 0 ? workspace->publishedItems(p.id) : QList<PublishedItem>();
        if (parser.isSet(u"json"_s)) {
            QJsonObject o = publicationJson(p);
            QJsonArray held;
            for (const PublishedItem& i : items)
                if (i.result == PublishedItem::Result::Held || i.result == PublishedItem::Result::Failed)
                    held << itemJson(i);
            o.insert(u"heldOrFailed"_s, held);
            json << o;
            continue;
        }
        m_out
            << (p.id > 0
                    ? tr("%1 (%2): %3 — publication %4, %5\n")
                          .arg(p.target, p.channel, countsLine(p))
                          .arg(p.id)
                          .arg(Publication::statusName(p.status))
                    : tr("%1 (%2): %3 — dry run, nothing written\n").arg(p.target, p.channel, countsLine(p)));
        if (!p.message.isEmpty() && p.status != Publication::Status::Completed)
            m_out << u"  "_s << p.message << u'\n';
        for (const PublishedItem& i : items)
            if (i.result == PublishedItem::Result::Held || i.result == PublishedItem::Result::Failed)
                m_out << QStringLiteral("  %1 %2 %3: %4\n")
                             .arg(PublishedItem::resultName(i.result), i.sku, i.locale,
                                  QString(i.message).replace(u'\n', u"; "_s));
    }
    if (parser.isSet(u"json"_s))
        printJson(m_out, json);
    else if (pubs.isEmpty() && status.isOk())
        m_out << tr("nothing to publish\n");
    if (!status)
        return fail(status);
    return targetFailed ? InternalFailure : Done;
}

// --- publications ------------------------------------------------------------------------------------------

QString PublicationsListCommand::summary() const
{
    return tr("The publications, newest first: target, trigger, who, when, counts.");
}

void PublicationsListCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({u"target"_s, tr("Only this target's."), tr("TARGET")});
    parser.addOption({u"limit"_s, tr("At most N (default 200)."), tr("N"), u"200"_s});
    parser.addOption({u"json"_s, tr("Print JSON.")});
}

int PublicationsListCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const QList<Publication> pubs =
        workspace->publications(parser.value(u"target"_s), parser.value(u"limit"_s).toInt());
    if (parser.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Publication& p : pubs)
            a << publicationJson(p);
        printJson(m_out, a);
        return Done;
    }
    for (const Publication& p : pubs)
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(p.id)
                     .arg(p.startedAt, p.target, p.trigger, p.startedBy, Publication::statusName(p.status),
                          countsLine(p));
    return Done;
}

QString PublicationsShowCommand::summary() const
{
    return tr(
        "One publication with every item: record, locale, revision, template version, checksum, result.");
}

void PublicationsShowCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"ID"_s, tr("The publication's number."));
    parser.addOption({u"json"_s, tr("Print JSON.")});
}

int PublicationsShowCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a publication number"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const auto p = workspace->publication(args.at(1).toLongLong());
    if (!p)
        return fail(Status::invalid(tr("there is no publication %1").arg(args.at(1))));
    const QList<PublishedItem> items = workspace->publishedItems(p->id);
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = publicationJson(*p);
        QJsonArray a;
        for (const PublishedItem& i : items)
            a << itemJson(i);
        o.insert(u"items"_s, a);
        printJson(m_out, o);
        return Done;
    }
    m_out << tr("Publication %1 to %2 (%3), %4 by %5 (%6), %7 – %8: %9\n")
                 .arg(p->id)
                 .arg(p->target, p->channel, p->trigger, p->startedBy, Publication::statusName(p->status),
                      p->startedAt, p->finishedAt, countsLine(*p));
    if (!p->message.isEmpty())
        m_out << u"  "_s << p->message << u'\n';
    for (const PublishedItem& i : items)
        m_out << QStringLiteral("  %1  %2  %3  %4  %5%6\n")
                     .arg(PublishedItem::resultName(i.result), i.sku, i.locale, i.revisionHash.left(12),
                          i.checksum.left(12),
                          i.message.isEmpty() ? i.paths.join(u' ')
                                              : u"  "_s + QString(i.message).replace(u'\n', u"; "_s));
    return Done;
}

QString PublicationsVerifyCommand::summary() const
{
    return tr(
        "Compare a folder target with its manifest; exit 1 when a file is missing, changed or unexpected.");
}

void PublicationsVerifyCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"ID"_s, tr("A publication; its target's folder is verified."), u"[ID]"_s);
    parser.addOption({u"target"_s, tr("The folder target to verify."), tr("TARGET")});
}

int PublicationsVerifyCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 && !(args.size() == 1 && parser.isSet(u"target"_s)))
        return usageError(tr("expected a workspace path and a publication number, or --target"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    QString targetCode = parser.value(u"target"_s);
    if (args.size() == 2) {
        const auto p = workspace->publication(args.at(1).toLongLong());
        if (!p)
            return fail(Status::invalid(tr("there is no publication %1").arg(args.at(1))));
        targetCode = p->target;
    }
    const auto target = workspace->publishTarget(targetCode);
    if (!target)
        return fail(Status::invalid(tr("there is no publishing target “%1”").arg(targetCode)));
    if (target->kind != PublishTarget::Kind::Folder)
        return fail(
            Status::invalid(tr("%1 is a webhook target: only folders have a manifest").arg(targetCode)));
    Status status;
    const QString root = workspace->targetFolder(*target);
    const QList<FolderPublication::Problem> problems = FolderPublication::verify(root, &status);
    if (!status)
        return fail(status);
    for (const FolderPublication::Problem& p : problems)
        m_out << QStringLiteral("%1  %2\n").arg(p.problem, p.path);
    if (!problems.isEmpty()) {
        m_err << QCoreApplication::translate("facet::cli",
                                             "facetctl publications verify: %1 differs from its manifest in "
                                             "%n file(s)\n",
                                             nullptr, int(problems.size()))
                     .arg(root);
        return UserError;
    }
    m_out << tr("%1 matches its manifest\n").arg(root);
    return Done;
}

QString PublicationsDeadLettersCommand::summary() const
{
    return tr("Webhook messages that could not be delivered.");
}

void PublicationsDeadLettersCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({u"target"_s, tr("Only this target's."), tr("TARGET")});
    parser.addOption({u"json"_s, tr("Print JSON.")});
}

int PublicationsDeadLettersCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const QList<DeadLetter> letters = workspace->deadLetters(parser.value(u"target"_s));
    if (parser.isSet(u"json"_s)) {
        QJsonArray a;
        for (const DeadLetter& d : letters)
            a << QJsonObject{{u"id"_s, d.id},
                             {u"target"_s, d.target},
                             {u"publication"_s, d.publicationId},
                             {u"sku"_s, d.sku},
                             {u"locale"_s, d.locale},
                             {u"key"_s, d.key},
                             {u"attempts"_s, d.attempts},
                             {u"httpStatus"_s, d.httpStatus},
                             {u"error"_s, d.error},
                             {u"at"_s, d.at}};
        printJson(m_out, a);
        return Done;
    }
    for (const DeadLetter& d : letters)
        m_out << QStringLiteral("%1  %2  %3 %4  %5 attempts, HTTP %6: %7\n")
                     .arg(d.id)
                     .arg(d.target, d.sku, d.locale)
                     .arg(d.attempts)
                     .arg(d.httpStatus)
                     .arg(d.error);
    return Done;
}

QString PublicationsRetryCommand::summary() const
{
    return tr("Deliver a webhook target's dead letters again (all, or the numbers given).");
}

void PublicationsRetryCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"ID"_s, tr("Dead letters to retry (default: all of the target's)."),
                                 u"[ID...]"_s);
    parser.addOption({u"target"_s, tr("The webhook target."), tr("TARGET")});
    addUserOptions(parser);
}

int PublicationsRetryCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !parser.isSet(u"target"_s))
        return usageError(tr("expected a workspace path and --target"));
    QList<qint64> ids;
    for (const QString& a : args.mid(1)) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok)
            return usageError(tr("“%1” is not a dead letter's number").arg(a));
    }
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    if (Status s = Publisher(*workspace).retryDeadLetters(parser.value(u"target"_s), ids); !s)
        return fail(s);
    m_out << tr("delivered\n");
    return Done;
}

// --- targets -----------------------------------------------------------------------------------------------

QString TargetsListCommand::summary() const
{
    return tr("The publishing targets: channel, kind, folder or URL, automatic.");
}

void TargetsListCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({u"json"_s, tr("Print JSON.")});
}

int TargetsListCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const QList<PublishTarget> targets = workspace->publishTargets();
    if (parser.isSet(u"json"_s)) {
        QJsonArray a;
        for (const PublishTarget& t : targets)
            a << targetJson(*workspace, t);
        printJson(m_out, a);
        return Done;
    }
    for (const PublishTarget& t : targets)
        m_out << QStringLiteral("%1  %2  %3  %4%5%6\n")
                     .arg(t.code, t.channel, PublishTarget::kindName(t.kind),
                          t.kind == PublishTarget::Kind::Folder ? workspace->targetFolder(t)
                                                                : t.settings.value(u"url").toString(),
                          t.automatic ? tr("  automatic") : QString(),
                          t.enabled ? QString() : tr("  disabled"));
    return Done;
}

QString TargetsAddCommand::summary() const
{
    return tr("Add or change a publishing target: a folder or a webhook for one channel.");
}

void TargetsAddCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"CODE"_s, tr("The target's code, e.g. web-site."));
    parser.addOption({u"channel"_s, tr("The channel it publishes."), tr("CHANNEL")});
    parser.addOption(
        {u"folder"_s, tr("A folder (relative paths start at the workspace file's folder)."), tr("PATH")});
    parser.addOption({u"webhook"_s, tr("An http(s) URL to POST to."), tr("URL")});
    parser.addOption({u"automatic"_s, tr("Publish a record as soon as it reaches the channel's level.")});
    parser.addOption({u"catalog"_s, tr("Print: also a catalog PDF of every product per locale.")});
    parser.addOption({u"secret-stdin"_s,
                      tr("Webhook: read the signing secret from standard input (default: a new random one, "
                         "printed once).")});
    addUserOptions(parser);
}

int TargetsAddCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a target code"));
    if (!parser.isSet(u"channel"_s))
        return usageError(tr("say which channel with --channel"));
    if (parser.isSet(u"folder"_s) == parser.isSet(u"webhook"_s))
        return usageError(tr("give either --folder PATH or --webhook URL"));
    PublishTarget target;
    target.code = args.at(1);
    target.channel = parser.value(u"channel"_s);
    target.automatic = parser.isSet(u"automatic"_s);
    if (parser.isSet(u"folder"_s)) {
        target.kind = PublishTarget::Kind::Folder;
        target.settings.insert(u"path"_s, parser.value(u"folder"_s));
        if (parser.isSet(u"catalog"_s))
            target.settings.insert(u"catalog"_s, true);
    } else {
        target.kind = PublishTarget::Kind::Webhook;
        target.settings.insert(u"url"_s, parser.value(u"webhook"_s));
    }
    QString secret;
    if (target.kind == PublishTarget::Kind::Webhook && parser.isSet(u"secret-stdin"_s)) {
        secret = readSecret(nullptr, true, tr("Secret: ")).trimmed();
        if (secret.isEmpty())
            return usageError(tr("no secret on standard input"));
    }
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    if (Status s = workspace->savePublishTarget(target); !s)
        return fail(s);
    if (target.kind == PublishTarget::Kind::Webhook) {
        const bool generated = secret.isEmpty();
        if (generated)
            secret = QString::fromLatin1(SecretStore::generate());
        if (Status s = SecretStore(workspace->workspaceId()).setSecret(target.code, secret.toUtf8()); !s)
            return fail(s);
        if (generated)
            m_out << tr("signing secret (shown once; the receiver checks X-Facet-Signature with it): %1\n")
                         .arg(secret);
    }
    m_out << tr("saved target %1 for %2\n").arg(target.code, target.channel);
    return Done;
}

QString TargetsRemoveCommand::summary() const
{
    return tr("Remove a publishing target (its history stays).");
}

void TargetsRemoveCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"CODE"_s, tr("The target's code."));
    addUserOptions(parser);
}

int TargetsRemoveCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a target code"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    const auto target = workspace->publishTarget(args.at(1));
    if (Status s = workspace->removePublishTarget(args.at(1)); !s)
        return fail(s);
    if (target && target->kind == PublishTarget::Kind::Webhook)
        SecretStore(workspace->workspaceId()).removeSecret(args.at(1));
    m_out << tr("removed target %1\n").arg(args.at(1));
    return Done;
}

QString TargetsTestCommand::summary() const
{
    return tr("Check a target: a folder can be written, a webhook answers a signed ping.");
}

void TargetsTestCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"CODE"_s, tr("The target's code."));
}

int TargetsTestCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a target code"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const auto target = workspace->publishTarget(args.at(1));
    if (!target)
        return fail(Status::invalid(tr("there is no publishing target “%1”").arg(args.at(1))));
    if (target->kind == PublishTarget::Kind::Folder) {
        const QString folder = workspace->targetFolder(*target);
        QTemporaryFile probe(QDir(folder).filePath(u".facet-probe-XXXXXX"_s));
        if (!QDir().mkpath(folder) || !probe.open())
            return fail(Status::invalid(tr("cannot write to %1").arg(folder)));
        m_out << tr("%1 can be written\n").arg(folder);
        return Done;
    }
    Status status;
    const auto secret = SecretStore(workspace->workspaceId()).secret(target->code, &status);
    if (!secret)
        return fail(Status::invalid(
            tr("the webhook target %1 has no secret: %2").arg(target->code, status.message())));
    WebhookDelivery delivery(WebhookDelivery::Settings::fromJson(target->settings), *secret, target->code, 0);
    if (Status s = delivery.ping(); !s)
        return fail(s);
    m_out << tr("%1 answered\n").arg(target->settings.value(u"url").toString());
    return Done;
}

// --- schedules ---------------------------------------------------------------------------------------------

QString SchedulesListCommand::summary() const
{
    return tr("The publication schedules with their next run.");
}

void SchedulesListCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({u"json"_s, tr("Print JSON.")});
}

int SchedulesListCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    int code = Done;
    auto workspace = openWorkspace(args.at(0), &code);
    if (!workspace)
        return code;
    const QList<PublicationSchedule> schedules = workspace->schedules();
    if (parser.isSet(u"json"_s)) {
        QJsonArray a;
        for (const PublicationSchedule& s : schedules)
            a << scheduleJson(s);
        printJson(m_out, a);
        return Done;
    }
    for (const PublicationSchedule& s : schedules)
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(s.id)
                     .arg(!s.targets.isEmpty()    ? s.targets.join(u',')
                          : !s.channels.isEmpty() ? s.channels.join(u',')
                                                  : tr("every channel"),
                          s.recurrence.isEmpty() ? tr("once") : s.recurrence,
                          s.nextRun.isValid() ? s.nextRun.toString(Qt::ISODate) : tr("done"),
                          s.enabled ? QString() : tr("disabled"));
    return Done;
}

QString SchedulesAddCommand::summary() const
{
    return tr("Plan a publication: not before --at (the embargo), once or --every hourly|daily|weekly|\"N "
              "minutes\".");
}

void SchedulesAddCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addOption({u"target"_s, tr("Publish to this target (repeatable)."), tr("TARGET")});
    parser.addOption({u"channel"_s, tr("Publish to this channel's targets (repeatable)."), tr("CHANNEL")});
    parser.addOption(
        {u"at"_s, tr("Not before this time (ISO 8601; UTC unless it says otherwise)."), tr("TIME")});
    parser.addOption({u"every"_s, tr("Repeat: hourly, daily, weekly or \"N minutes\"."), tr("RECURRENCE")});
    addUserOptions(parser);
}

int SchedulesAddCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("expected a workspace path"));
    PublicationSchedule schedule;
    schedule.targets = parser.values(u"target"_s);
    schedule.channels = parser.values(u"channel"_s);
    if (parser.isSet(u"at"_s)) {
        QDateTime at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return usageError(tr("“%1” is not an ISO 8601 time").arg(parser.value(u"at"_s)));
        if (at.timeSpec() == Qt::LocalTime && !parser.value(u"at"_s).contains(u'+'))
            at.setTimeZone(QTimeZone::UTC);
        schedule.notBefore = at.toUTC();
    }
    QString every = parser.value(u"every"_s).trimmed();
    if (!every.isEmpty() && every.front().isDigit())
        every.prepend(u"every "_s);
    schedule.recurrence = every;
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    Status status;
    const auto id = workspace->saveSchedule(schedule, &status);
    if (!id)
        return fail(status);
    const auto saved = workspace->schedules();
    for (const PublicationSchedule& s : saved)
        if (s.id == *id)
            m_out << tr("schedule %1: next run %2\n").arg(*id).arg(s.nextRun.toString(Qt::ISODate));
    return Done;
}

QString SchedulesRemoveCommand::summary() const
{
    return tr("Remove a publication schedule.");
}

void SchedulesRemoveCommand::describe(QCommandLineParser& parser) const
{
    workspaceArgument(parser);
    parser.addPositionalArgument(u"ID"_s, tr("The schedule's number."));
    addUserOptions(parser);
}

int SchedulesRemoveCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("expected a workspace path and a schedule number"));
    int code = Done;
    auto workspace = openWorkspaceAs(args.at(0), parser, &code);
    if (!workspace)
        return code;
    if (Status s = workspace->removeSchedule(args.at(1).toLongLong()); !s)
        return fail(s);
    m_out << tr("removed schedule %1\n").arg(args.at(1));
    return Done;
}

} // namespace facet::cli
