// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace facet {

class PublishingRun;
class Workspace;

// What webhooks refused or never answered, per target with the error and the attempts; retried on a
// worker, all or the selected ones. A tab of the publication history. Reachable by objectName:
// "deadLetterTable", "retrySelectedButton", "retryAllButton", "deadLetterResult".
class DeadLettersView : public QWidget
{
    Q_OBJECT

public:
    explicit DeadLettersView(Workspace* workspace, QWidget* parent = nullptr);

    void refresh();
    int count() const;
    // Start on the worker; retried() tells when they are done.
    void retrySelected();
    void retryAll();

Q_SIGNALS:
    void countChanged(int count);
    void retried(const Status& status);

private:
    void retry(const QMap<QString, QList<qint64>>& idsByTarget);

    QPointer<Workspace> m_workspace;
    QPointer<PublishingRun> m_run;
    QTableWidget* m_table;
    QPushButton* m_retrySelected;
    QPushButton* m_retryAll;
    QLabel* m_result;
};

} // namespace facet
