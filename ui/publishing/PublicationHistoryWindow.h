// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/publishing/Publication.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace facet {

class DeadLettersView;
class Workspace;

// Every publication, newest first, by channel and period; a publication's items (record, locale, revision,
// template version, checksum, result) and, for an item, who submitted and approved the revision that went
// out: "what exactly went to the email channel on 3 November, and who approved it". A folder target is
// checked against its manifest off the UI thread. The dead-letter list is the second tab.
// Reachable by objectName: "publicationHistory", "publicationTable", "publicationItemTable",
// "publicationChannel", "publicationFrom", "publicationTo", "publicationApprovals", "verifyFolderButton",
// "verifyFolderResult", "publicationTabs".
class PublicationHistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PublicationHistoryWindow(Workspace* workspace, QWidget* parent = nullptr);

    void refresh();
    QList<Publication> publications() const { return m_shown; }
    QList<PublishedItem> items() const { return m_items; }
    bool selectPublication(qint64 id);
    void selectItem(int row);
    void setChannelFilter(const QString& channel);
    // Limits the list to publications started on these local days (inclusive); null dates drop a bound.
    void setDateRange(const QDate& from, const QDate& to);
    // The approvals panel as plain text, for tests.
    QString approvalText() const;
    void showDeadLetters();
    DeadLettersView* deadLetters() const { return m_deadLetters; }
    // Checks the selected publication's folder against its manifest; verified() tells the result.
    void verifyFolder();
    QString verifyResult() const;

Q_SIGNALS:
    void verified(bool intact);
    void recordRequested(const QString& sku);

private:
    void showPublication();
    void showItem();
    qint64 currentPublicationId() const;

    QPointer<Workspace> m_workspace;
    QList<Publication> m_shown;
    QList<PublishedItem> m_items;
    QComboBox* m_channel;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QLabel* m_count;
    QTabWidget* m_tabs;
    QTableWidget* m_publications;
    QTableWidget* m_itemTable;
    QTextBrowser* m_approvals;
    QPushButton* m_verify;
    QLabel* m_verifyResult;
    DeadLettersView* m_deadLetters;
};

} // namespace facet
