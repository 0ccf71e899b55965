// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/PublishTarget.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace facet {

class Workspace;

// Where each channel publishes (ManageChannels): folder targets (a path, picked or typed; for print the
// catalog PDF per locale) and webhooks (URL, batch size, timeout, attempts, and a signing secret that goes
// to SecretStore, outside the workspace, and is never shown back). "Test" checks that a folder is writable
// or that the webhook answers a signed ping, off the UI thread. Reachable by objectName:
// "publishTargetsDialog", "targetTable", "targetCode", "targetChannel", "targetLabel", "targetKind",
// "targetPath", "targetBrowse", "targetCatalog", "targetUrl", "targetBatchSize", "targetTimeout",
// "targetAttempts", "targetSecret", "targetGenerateSecret", "targetAutomatic", "targetEnabled",
// "targetNewButton", "targetSaveButton", "targetRemoveButton", "targetTestButton", "targetMessage".
class PublishTargetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishTargetsDialog(Workspace* workspace, QWidget* parent = nullptr);

    void refresh();
    QList<PublishTarget> targets() const { return m_targets; }
    bool selectTarget(const QString& code);
    // Clears the form for a new target.
    void newTarget();
    // The form as a target; a message (and nothing) when it is incomplete.
    std::optional<PublishTarget> targetFromForm(QString* message) const;
    // Saves the form (and the secret typed, if any); false with the reason shown.
    bool save();
    bool removeSelected();
    // Starts the check; tested() tells the result.
    void test();
    QString message() const;

Q_SIGNALS:
    void tested(bool ok);

private:
    void showTarget(const PublishTarget& target);
    void showMessage(const QString& text, bool error);
    void updateKind();
    void updateSecretHint();

    QPointer<Workspace> m_workspace;
    QList<PublishTarget> m_targets;
    QString m_editing; // the code of the target in the form; empty for a new one
    QTableWidget* m_table;
    QLineEdit* m_code;
    QComboBox* m_channel;
    QLineEdit* m_label;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QLineEdit* m_path;
    QCheckBox* m_catalog;
    QLineEdit* m_url;
    QSpinBox* m_batchSize;
    QSpinBox* m_timeout;
    QSpinBox* m_attempts;
    QLineEdit* m_secret;
    QCheckBox* m_automatic;
    QCheckBox* m_enabled;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_test;
    QLabel* m_message;
    QJsonObject m_keptSettings; // settings the form does not show (e.g. backoff_ms) survive an edit
};

} // namespace facet
