// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace facet {

class AssetListModel;
class AssetMetadataEditor;
class Workspace;

// The asset library: a lazy thumbnail grid searched by title, tag or file name, with the selected asset's
// metadata and where it is used beside it. Files dropped from the file manager are added (bad files are
// refused with the reason); thumbnails are dragged onto a record's asset field.
class AssetBrowser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 200;

    explicit AssetBrowser(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    AssetListModel* model() const { return m_model; }
    QListView* grid() const { return m_grid; }
    QLineEdit* searchEdit() const { return m_search; }
    AssetMetadataEditor* metadataEditor() const { return m_editor; }
    // What the last addFiles() did, one line per file.
    QString lastReport() const;

    // Adds the files to the library; returns how many were refused.
    int addFiles(const QStringList& paths);
    void setSearchText(const QString& text);
    bool selectAsset(qint64 id);

Q_SIGNALS:
    void openRecordRequested(const QString& sku);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyQuery();
    void updateTags();
    void chooseFiles();
    void onCurrentChanged();

    QPointer<Workspace> m_workspace;
    AssetListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_tag;
    QListView* m_grid;
    QLabel* m_report;
    AssetMetadataEditor* m_editor;
    QTimer* m_searchTimer;
};

} // namespace facet
