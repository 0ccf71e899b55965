// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace facet {

class Workspace;

// One asset's details: file facts, titles and alt texts per locale, rights, expiry and tags, which it saves
// back to the library, and where the asset is used.
class AssetMetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AssetMetadataEditor(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // 0 shows nothing.
    void showAsset(qint64 id);
    qint64 assetId() const { return m_id; }
    bool save();
    // The asset's picture; the browser passes its thumbnail on once a worker has made it.
    void setPreview(const QImage& image);

    QTableWidget* textsTable() const { return m_texts; }
    QListWidget* usageList() const { return m_usage; }

Q_SIGNALS:
    void openRecordRequested(const QString& sku);
    void errorOccurred(const QString& message);

private:
    void updateExpiryWarning();

    QPointer<Workspace> m_workspace;
    qint64 m_id = 0;
    QLabel* m_preview;
    QLabel* m_facts;
    QTableWidget* m_texts;
    QLineEdit* m_rights;
    QCheckBox* m_expiresSet;
    QDateEdit* m_expires;
    QLabel* m_expiryWarning;
    QLineEdit* m_tags;
    QPushButton* m_save;
    QListWidget* m_usage;
};

} // namespace facet
