// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace facet {

class ElidedLabel;

// An email as the inbox lists it before it is opened: sender, subject and the preheader after it.
class InboxRow : public QFrame
{
    Q_OBJECT

public:
    explicit InboxRow(bool compact, QWidget* parent = nullptr);

    // "Facet Demo Store <news@example.com>": the name is shown, the address in the tooltip.
    void setSender(const QString& sender);
    void setMessage(const QString& subject, const QString& preheader);
    void clear();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyColors();

    QLabel* m_avatar;
    QLabel* m_sender;
    QLabel* m_time;
    ElidedLabel* m_subject;
    ElidedLabel* m_preheader;
    QString m_senderName;
    bool m_styling = false;
};

} // namespace facet
