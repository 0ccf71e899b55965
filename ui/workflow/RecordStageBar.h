// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace facet {

class Workspace;

// In the record editor's header: where the record stands in the workflow (not submitted, in review at a
// stage, released, with unsubmitted changes) and the buttons to submit it, review it and see its history.
// Reachable by objectName: "recordStage", "submitButton", "reviewButton", "historyButton".
class RecordStageBar : public QWidget
{
    Q_OBJECT

public:
    explicit RecordStageBar(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setSku(const QString& sku);
    void refresh();
    QString stageText() const;

Q_SIGNALS:
    void submitRequested();
    void reviewRequested();
    void historyRequested();

private:
    QPointer<Workspace> m_workspace;
    QString m_sku;
    QLabel* m_stage;
    QToolButton* m_submit;
    QToolButton* m_review;
    QToolButton* m_history;
};

} // namespace facet
