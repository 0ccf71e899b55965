// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audit/AuditEntry.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace facet {

class Workspace;

// The audit log: every sign-in, edit, decision and admin change, newest first, filtered by user, record,
// kind and period; exported as CSV or JSON; and the hash chain checked on demand, off the UI thread (a long
// log takes a while), with the first broken entry named. Reachable by objectName: "auditLog", "auditTable",
// "auditUser", "auditSubject", "auditKind", "auditFrom", "auditTo", "auditVerifyButton", "auditVerifyResult",
// "auditExportButton".
class AuditLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogWindow(Workspace* workspace, QWidget* parent = nullptr);

    void refresh();
    QList<AuditEntry> entries() const { return m_entries; }
    void setUserFilter(const QString& user);
    void setSubjectFilter(const QString& subject);
    void setKindFilter(const QString& kind);
    // Writes the entries shown; the format follows the suffix (.json, else CSV).
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // Starts the chain check; verified() tells the result.
    void verify();
    QString verifyResult() const;

Q_SIGNALS:
    void verified(bool intact);

private:
    void exportInteractively();

    QPointer<Workspace> m_workspace;
    QList<AuditEntry> m_entries;
    QComboBox* m_user;
    QLineEdit* m_subject;
    QComboBox* m_kind;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_verify;
    QLabel* m_result;
};

} // namespace facet
