// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assets/AssetMetadataEditor.h"

#include "models/storage/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

AssetMetadataEditor::AssetMetadataEditor(QWidget* parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_texts(new QTableWidget(0, 3, this))
    , m_rights(new QLineEdit(this))
    , m_expiresSet(new QCheckBox(tr("Expires after"), this))
    , m_expires(new QDateEdit(this))
    , m_expiryWarning(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_usage(new QListWidget(this))
{
    setObjectName(u"assetMetadataEditor"_s);
    m_preview->setObjectName(u"assetPreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(120);
    m_facts->setObjectName(u"assetFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts->setObjectName(u"assetTexts"_s);
    m_texts->setHorizontalHeaderLabels({tr("Locale"), tr("Title"), tr("Alt text")});
    m_texts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_texts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_texts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_texts->verticalHeader()->hide();
    m_rights->setObjectName(u"assetRights"_s);
    m_rights->setPlaceholderText(tr("© year, rights holder"));
    m_expires->setObjectName(u"assetExpires"_s);
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_expiresSet->setObjectName(u"assetExpiresSet"_s);
    m_expiryWarning->setObjectName(u"assetExpiryWarning"_s);
    m_expiryWarning->setWordWrap(true);
    m_tags->setObjectName(u"assetTags"_s);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_save->setObjectName(u"saveAssetMetadata"_s);
    m_usage->setObjectName(u"assetUsage"_s);

    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expiresSet);
    expiry->addWidget(m_expires, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Rights"), m_rights);
    form->addRow(tr("Expiry"), expiry);
    form->addRow(QString(), m_expiryWarning);
    form->addRow(tr("Tags"), m_tags);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_facts);
    layout->addWidget(m_texts, 1);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Used by"), this));
    layout->addWidget(m_usage, 1);

    connect(m_expiresSet, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    connect(m_expiresSet, &QCheckBox::toggled, this, &AssetMetadataEditor::updateExpiryWarning);
    connect(m_expires, &QDateEdit::dateChanged, this, &AssetMetadataEditor::updateExpiryWarning);
    connect(m_save, &QPushButton::clicked, this, &AssetMetadataEditor::save);
    connect(m_usage, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRecordRequested(item->data(Qt::UserRole).toString());
    });
    showAsset(0);
}

void AssetMetadataEditor::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    showAsset(0);
}

void AssetMetadataEditor::showAsset(qint64 id)
{
    const std::optional<Asset> asset = m_workspace && id > 0 ? m_workspace->asset(id) : std::nullopt;
    m_id = asset ? id : 0;
    setEnabled(asset.has_value());
    m_texts->setRowCount(0);
    m_usage->clear();
    if (!asset) {
        m_preview->clear();
        m_facts->setText(tr("Select an asset to see its details."));
        m_rights->clear();
        m_tags->clear();
        m_expiresSet->setChecked(false);
        m_expires->setEnabled(false);
        m_expiryWarning->hide();
        return;
    }
    m_preview->clear();
    const QLocale locale;
    QString facts = u"<b>%1</b><br>%2"_s.arg(asset->fileName.toHtmlEscaped(), asset->mimeType);
    if (!asset->size.isEmpty())
        facts += u", %1 × %2 px"_s.arg(asset->size.width()).arg(asset->size.height());
    facts += u", "_s + locale.formattedDataSize(asset->byteSize);
    facts += u"<br><small>SHA-256 %1</small>"_s.arg(asset->sha256);
    m_facts->setText(facts);

    const AssetMetadata& m = asset->metadata;
    const QStringList locales = m_workspace->catalog().localeCodes();
    m_texts->setRowCount(int(locales.size()));
    for (int row = 0; row < locales.size(); ++row) {
        auto* code = new QTableWidgetItem(locales.at(row));
        code->setFlags(Qt::ItemIsEnabled);
        m_texts->setItem(row, 0, code);
        m_texts->setItem(row, 1, new QTableWidgetItem(m.titles.value(locales.at(row))));
        m_texts->setItem(row, 2, new QTableWidgetItem(m.alts.value(locales.at(row))));
    }
    m_rights->setText(m.rights);
    m_expiresSet->setChecked(m.expires.isValid());
    m_expires->setEnabled(m.expires.isValid());
    m_expires->setDate(m.expires.isValid() ? m.expires : QDate::currentDate().addYears(1));
    m_tags->setText(m.tags.join(u", "_s));
    updateExpiryWarning();

    Status status;
    const QList<AssetUsage> usage = m_workspace->assetUsage(id, &status);
    for (const AssetUsage& u : usage) {
        QString scope = u.attribute;
        if (!u.locale.isEmpty())
            scope += u" · "_s + u.locale;
        if (!u.channel.isEmpty())
            scope += u" · "_s + u.channel;
        auto* item = new QListWidgetItem(u"%1 — %2"_s.arg(u.sku, scope), m_usage);
        item->setData(Qt::UserRole, u.sku);
    }
    if (usage.isEmpty())
        new QListWidgetItem(tr("No record uses this asset."), m_usage);
}

void AssetMetadataEditor::setPreview(const QImage& image)
{
    m_preview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
}

void AssetMetadataEditor::updateExpiryWarning()
{
    if (!m_expiresSet->isChecked()) {
        m_expiryWarning->hide();
        return;
    }
    const QDate expires = m_expires->date();
    const QDate today = QDate::currentDate();
    if (today > expires) {
        m_expiryWarning->setText(
            tr("Expired on %1: channels may no longer use it, and renderings that do report an error.")
                .arg(QLocale().toString(expires, QLocale::LongFormat)));
        m_expiryWarning->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    } else if (today.daysTo(expires) <= 30) {
        m_expiryWarning->setText(tr("Expires in %n day(s).", nullptr, int(today.daysTo(expires))));
        m_expiryWarning->setStyleSheet(u"color: #b26a00;"_s);
    } else {
        m_expiryWarning->hide();
        return;
    }
    m_expiryWarning->show();
}

bool AssetMetadataEditor::save()
{
    if (!m_workspace || m_id == 0)
        return false;
    AssetMetadata m;
    for (int row = 0; row < m_texts->rowCount(); ++row) {
        const QString locale = m_texts->item(row, 0)->text();
        if (const QString title = m_texts->item(row, 1)->text().trimmed(); !title.isEmpty())
            m.titles.insert(locale, title);
        if (const QString alt = m_texts->item(row, 2)->text().trimmed(); !alt.isEmpty())
            m.alts.insert(locale, alt);
    }
    m.rights = m_rights->text().trimmed();
    if (m_expiresSet->isChecked())
        m.expires = m_expires->date();
    m.tags = AssetMetadata::normalizedTags(m_tags->text().split(u','));
    const qint64 id = m_id;
    if (Status s = m_workspace->saveAssetMetadata(id, m); !s) {
        Q_EMIT errorOccurred(s.message());
        return false;
    }
    showAsset(id);
    return true;
}

} // namespace facet
