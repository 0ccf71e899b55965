// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Workflow", text);
}

Labels labels(const char* en, const char* de, const char* fr)
{
    return {{QStringLiteral("en_US"), QString::fromUtf8(en)},
            {QStringLiteral("de_DE"), QString::fromUtf8(de)},
            {QStringLiteral("fr_FR"), QString::fromUtf8(fr)}};
}

} // namespace

const Stage* Workflow::first() const
{
    const Stage* best = nullptr;
    for (const Stage& s : stages)
        if (!best || s.position < best->position)
            best = &s;
    return best;
}

const Stage* Workflow::stage(const QString& code) const
{
    for (const Stage& s : stages)
        if (s.code == code)
            return &s;
    return nullptr;
}

const Stage* Workflow::submitStage() const
{
    const Stage* start = first();
    if (!start)
        return nullptr;
    const auto out = transitionsFrom(start->code, Transition::Kind::Approve);
    return out.isEmpty() ? nullptr : stage(out.first().to);
}

QList<Transition> Workflow::transitionsFrom(const QString& code) const
{
    QList<Transition> result;
    for (const Transition& t : transitions)
        if (t.from == code)
            result << t;
    return result;
}

QList<Transition> Workflow::transitionsFrom(const QString& code, Transition::Kind kind) const
{
    QList<Transition> result;
    for (const Transition& t : transitions)
        if (t.from == code && t.kind == kind)
            result << t;
    return result;
}

int Workflow::releaseLevel(const QString& code) const
{
    const Stage* s = stage(code);
    return s ? s->releaseLevel : 0;
}

int Workflow::maxReleaseLevel() const
{
    int level = 0;
    for (const Stage& s : stages)
        level = std::max(level, s.releaseLevel);
    return level;
}

Status Workflow::validate() const
{
    if (stages.size() < 2)
        return Status::invalid(
            tr("a workflow needs at least two stages: a draft stage and one to submit to"));
    QSet<QString> codes;
    QSet<int> positions;
    for (const Stage& s : stages) {
        if (s.code.trimmed().isEmpty())
            return Status::invalid(tr("every stage needs a code"));
        if (codes.contains(s.code))
            return Status::invalid(tr("the stage code “%1” is used twice").arg(s.code));
        if (positions.contains(s.position))
            return Status::invalid(tr("two stages have the position %1").arg(s.position));
        if (s.releaseLevel < 0)
            return Status::invalid(tr("stage “%1” has a negative release level").arg(s.code));
        codes.insert(s.code);
        positions.insert(s.position);
    }
    for (const Transition& t : transitions) {
        const Stage* from = stage(t.from);
        const Stage* to = stage(t.to);
        if (!from || !to)
            return Status::invalid(
                tr("the transition %1 → %2 names a stage that does not exist").arg(t.from, t.to));
        if (t.kind == Transition::Kind::Approve && to->position <= from->position)
            return Status::invalid(
                tr("approving must move forward, but %1 → %2 goes back").arg(t.from, t.to));
        if (t.kind == Transition::Kind::SendBack && to->position >= from->position)
            return Status::invalid(
                tr("sending back must move backward, but %1 → %2 goes forward").arg(t.from, t.to));
        if (t.roles.isEmpty())
            return Status::invalid(
                tr("nobody may take the transition %1 → %2: give it a role").arg(t.from, t.to));
    }
    if (!submitStage())
        return Status::invalid(
            tr("the first stage “%1” needs an approve transition: submitting goes there").arg(first()->code));
    QSet<QString> reached{first()->code};
    QList<QString> queue{first()->code};
    while (!queue.isEmpty()) {
        const QString code = queue.takeFirst();
        for (const Transition& t : transitionsFrom(code)) {
            if (!reached.contains(t.to)) {
                reached.insert(t.to);
                queue << t.to;
            }
        }
    }
    for (const Stage& s : stages)
        if (!reached.contains(s.code))
            return Status::invalid(tr("no transition leads to stage “%1”").arg(s.code));
    return Status::ok();
}

Workflow Workflow::defaultWorkflow()
{
    Workflow w;
    w.stages = {
        Stage{QStringLiteral("draft"), labels("Draft", "Entwurf", "Brouillon"), 0, 0, false},
        Stage{QStringLiteral("editorial_review"),
              labels("Editorial review", "Redaktionelle Prüfung", "Relecture éditoriale"), 1, 0, false},
        Stage{QStringLiteral("brand_review"), labels("Brand review", "Markenprüfung", "Validation de marque"),
              2, 1, true},
        Stage{QStringLiteral("released"), labels("Released", "Freigegeben", "Publié"), 3, 2, false},
        Stage{QStringLiteral("print_approved"), labels("Print approved", "Druckfreigabe", "Bon à tirer"), 4,
              3, false},
    };
    const QString admin = QStringLiteral("admin");
    const QString marketer = QStringLiteral("marketer");
    const QString brand = QStringLiteral("brand_manager");
    const QString reviewer = QStringLiteral("reviewer");
    using K = Transition::Kind;
    w.transitions = {
        Transition{QStringLiteral("draft"),
                   QStringLiteral("editorial_review"),
                   K::Approve,
                   {marketer, brand, admin}},
        Transition{QStringLiteral("editorial_review"),
                   QStringLiteral("brand_review"),
                   K::Approve,
                   {marketer, reviewer, admin}},
        Transition{QStringLiteral("editorial_review"),
                   QStringLiteral("draft"),
                   K::SendBack,
                   {marketer, reviewer, brand, admin}},
        Transition{QStringLiteral("brand_review"), QStringLiteral("released"), K::Approve, {brand, admin}},
        Transition{
            QStringLiteral("brand_review"), QStringLiteral("editorial_review"), K::SendBack, {brand, admin}},
        Transition{QStringLiteral("brand_review"), QStringLiteral("draft"), K::SendBack, {brand, admin}},
        Transition{
            QStringLiteral("released"), QStringLiteral("print_approved"), K::Approve, {reviewer, admin}},
        Transition{
            QStringLiteral("released"), QStringLiteral("draft"), K::SendBack, {reviewer, brand, admin}},
        Transition{
            QStringLiteral("print_approved"), QStringLiteral("released"), K::SendBack, {reviewer, admin}},
    };
    return w;
}

} // namespace facet
