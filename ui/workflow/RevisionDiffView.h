// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/RevisionDiff.h"

#include <QTextBrowser>

namespace facet {

class Catalog;

// Two revisions side by side, field by field: one row per value that differs (attribute, locale, channel),
// the text before on the left and after on the right, with the words removed and added marked inside.
// Reachable by objectName "revisionDiff"; rows() counts the fields shown, for tests.
class RevisionDiffView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RevisionDiffView(QWidget* parent = nullptr);

    // `catalog` names attributes, locales and channels in `labelLocale`; the titles head the two columns.
    void setDiff(const RevisionDiff& diff, const Catalog* catalog, const QString& labelLocale,
                 const QString& beforeTitle, const QString& afterTitle);
    // Nothing to compare; `message` says why.
    void showMessage(const QString& message);
    int rows() const { return m_rows; }

protected:
    bool event(QEvent* event) override;

private:
    void render();

    RevisionDiff m_diff;
    const Catalog* m_catalog = nullptr;
    QString m_labelLocale;
    QString m_beforeTitle;
    QString m_afterTitle;
    QString m_message;
    int m_rows = 0;
};

} // namespace facet
