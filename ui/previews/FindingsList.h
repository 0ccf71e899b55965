// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QListWidget>

namespace facet {

// The channel rules' findings on one rendering, worst first: severity icon, message, measured against limit.
// Activating a finding that names an attribute asks for that field (findingActivated).
class FindingsList : public QListWidget
{
    Q_OBJECT

public:
    explicit FindingsList(QWidget* parent = nullptr);

    void setFindings(const QList<Finding>& findings);
    const QList<Finding>& findings() const { return m_findings; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void findingActivated(const facet::Finding& finding);

private:
    void onItemActivated(QListWidgetItem* item);

    QList<Finding> m_findings;
};

} // namespace facet
