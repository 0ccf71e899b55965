// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's people and the state of its records in the approval workflow.
#include "models/access/PasswordHasher.h"
#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <functional>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::DemoWorkspace", text);
}

// Where a demo record ends up; products cycle through these so every stage has records.
enum class Fate {
    DraftOnly,         // never submitted
    EditorialReview,   // submitted by its author
    BrandReview,       // approved editorially by the other marketer
    SentBack,          // sent back from brand review with a comment
    Released,          // approved by the brand manager
    PrintApproved,     // approved for print by the reviewer
    ReleasedWithNewer, // released, then edited and submitted again: the new revision waits in review
    ReleasedWithDraft, // released, then edited but not submitted: the working draft differs
};

constexpr Fate kFates[] = {Fate::DraftOnly,   Fate::EditorialReview, Fate::BrandReview,
                           Fate::Released,    Fate::PrintApproved,   Fate::ReleasedWithNewer,
                           Fate::SentBack,    Fate::Released,        Fate::ReleasedWithDraft,
                           Fate::BrandReview, Fate::Released,        Fate::ReleasedWithNewer};

} // namespace

QList<User> DemoWorkspace::users()
{
    return {
        User{u"ada"_s, u"Ada Admin"_s, false, {u"admin"_s}, {}},
        User{u"mia"_s, u"Mia Marketing"_s, false, {u"marketer"_s}, {}},
        User{u"max"_s, u"Max Marketing"_s, false, {u"marketer"_s}, {}},
        User{u"ben"_s, u"Ben Brand"_s, false, {u"brand_manager"_s}, {}},
        User{u"lea"_s, u"Lea Legal"_s, false, {u"reviewer"_s}, {}},
        User{u"val"_s, u"Val Viewer"_s, false, {u"viewer"_s}, {}},
    };
}

Status DemoWorkspace::populateWorkflow(Workspace& workspace)
{
    // Populating again leaves people and decisions as they are.
    if (workspace.hasUsers())
        return Status::ok();
    // Argon2id takes a noticeable moment per hash, and every demo user has the same password: it is hashed
    // once and the string reused, so the demo users share a salt. That is acceptable only because the demo's
    // password is public anyway (README); real users are added one by one with their own salt.
    const QString hash = PasswordHasher::hash(password());
    if (hash.isEmpty())
        return Status::internal(tr("cannot hash the demo password"));
    for (const User& user : users()) {
        if (Status s = workspace.addUserWithHash(user, hash); !s)
            return s;
        // The first user, the admin, adds the others.
        if (user.roles.contains(Role::adminCode()) && workspace.session().userName() != user.name)
            if (Status s = workspace.actAs(user.name); !s)
                return s;
    }

    auto act = [&workspace](const QString& user) { return workspace.actAs(user); };
    ProductQuery query;
    query.limit = 1000;
    const QList<ProductRow> rows = workspace.products(query);
    int index = 0;
    for (const ProductRow& row : std::as_const(rows)) {
        const Fate fate = kFates[index % std::size(kFates)];
        const QString author = index % 2 == 0 ? u"mia"_s : u"max"_s;
        const QString colleague = index % 2 == 0 ? u"max"_s : u"mia"_s;
        ++index;
        if (fate == Fate::DraftOnly)
            continue;
        Status status;
        auto step = [&](const QString& user, const std::function<Status()>& action) {
            if (Status s = act(user); !s)
                return s;
            return action();
        };
        auto current = [&] { return workspace.currentRevision(row.sku)->revision.hash; };
        auto submit = [&] {
            return workspace.submit(row.sku, tr("Ready for review."), &status) ? Status::ok() : status;
        };
        if (Status s = step(author, submit); !s)
            return s;
        if (fate == Fate::EditorialReview)
            continue;
        if (Status s =
                step(colleague, [&] { return workspace.approve(row.sku, current(), tr("Reads well.")); });
            !s)
            return s;
        if (fate == Fate::BrandReview)
            continue;
        if (fate == Fate::SentBack) {
            if (Status s = step(u"ben"_s,
                                [&] {
                                    return workspace.sendBack(row.sku, current(), u"draft"_s,
                                                              tr("The tagline promises more than the product "
                                                                 "does; please tone it down."));
                                });
                !s)
                return s;
            continue;
        }
        if (Status s = step(u"ben"_s, [&] { return workspace.approve(row.sku, current(), tr("On brand.")); });
            !s)
            return s;
        if (fate == Fate::PrintApproved) {
            if (Status s = step(
                    u"lea"_s,
                    [&] { return workspace.approve(row.sku, current(), tr("Legally fine for print.")); });
                !s)
                return s;
            continue;
        }
        if (fate != Fate::ReleasedWithNewer && fate != Fate::ReleasedWithDraft)
            continue;
        // A newer text: the released revision keeps serving its channels meanwhile.
        if (Status s = step(author,
                            [&] {
                                auto record = workspace.record(row.sku, &status);
                                if (!record)
                                    return status;
                                const ValueKey key{u"tagline"_s, u"en_US"_s, {}};
                                const QString tagline = record->value(key).toString();
                                record->setValue(key, tagline.isEmpty()
                                                          ? tr("New season, new colors.")
                                                          : tagline + tr(" New season, new colors."));
                                return workspace.saveRecord(*record);
                            });
            !s)
            return s;
        if (fate == Fate::ReleasedWithNewer)
            if (Status s = step(author, submit); !s)
                return s;
    }
    workspace.signOut();
    return Status::ok();
}

} // namespace facet
