// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishTargetsDialog.h"

#include "models/publishing/SecretStore.h"
#include "models/publishing/WebhookDelivery.h"
#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/publishing/PublishingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace facet {

using namespace Qt::StringLiterals;

namespace {
enum Column { CodeColumn, ChannelColumn, KindColumn, WhereColumn, AutomaticColumn, EnabledColumn, Columns };

// Whether a file can be made in the folder (made first if missing): what publishing will need.
Status checkWritable(const QString& folder)
{
    if (folder.isEmpty())
        return Status::invalid(PublishTargetsDialog::tr("The target has no folder."));
    if (!QDir().mkpath(folder))
        return Status::invalid(
            PublishTargetsDialog::tr("Cannot create %1.").arg(QDir::toNativeSeparators(folder)));
    QTemporaryFile probe(QDir(folder).filePath(u".facet-write-test-XXXXXX"_s));
    if (!probe.open() || probe.write("ok") != 2 || !probe.flush())
        return Status::invalid(PublishTargetsDialog::tr("Cannot write in %1: %2")
                                   .arg(QDir::toNativeSeparators(folder), probe.errorString()));
    return Status::ok();
}
} // namespace

PublishTargetsDialog::PublishTargetsDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, Columns, this))
    , m_code(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(this))
    , m_catalog(new QCheckBox(tr("Also a catalog PDF per locale (print)"), this))
    , m_url(new QLineEdit(this))
    , m_batchSize(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_secret(new QLineEdit(this))
    , m_automatic(
          new QCheckBox(tr("Publish automatically when a revision reaches the channel's level"), this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_save(new QPushButton(tr("&Save Target"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"publishTargetsDialog"_s);
    setWindowTitle(tr("Publishing Targets"));
    resize(1120, 640);

    m_table->setObjectName(u"targetTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Channel"), tr("Kind"), tr("Where"), tr("Automatic"), tr("Enabled")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::Stretch);
    auto* newButton = new QPushButton(tr("&New Target"), this);
    newButton->setObjectName(u"targetNewButton"_s);
    m_remove->setObjectName(u"targetRemoveButton"_s);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addStretch();
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(listButtons);

    m_code->setObjectName(u"targetCode"_s);
    m_code->setPlaceholderText(tr("e.g. web-site"));
    m_channel->setObjectName(u"targetChannel"_s);
    if (workspace)
        for (const Channel& c : workspace->catalog().channels)
            m_channel->addItem(c.label(PublishingText::language(workspace->catalog())), c.code);
    m_label->setObjectName(u"targetLabel"_s);
    m_label->setPlaceholderText(tr("optional"));
    m_kind->setObjectName(u"targetKind"_s);
    m_kind->addItem(PublishingText::kind(PublishTarget::Kind::Folder),
                    PublishTarget::kindName(PublishTarget::Kind::Folder));
    m_kind->addItem(PublishingText::kind(PublishTarget::Kind::Webhook),
                    PublishTarget::kindName(PublishTarget::Kind::Webhook));

    // Folder page.
    auto* folderPage = new QWidget(this);
    auto* folderForm = new QFormLayout(folderPage);
    folderForm->setContentsMargins(0, 0, 0, 0);
    m_path->setObjectName(u"targetPath"_s);
    m_path->setPlaceholderText(tr("absolute, or relative to the workspace file's folder"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"targetBrowse"_s);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    folderForm->addRow(tr("Folder:"), pathRow);
    m_catalog->setObjectName(u"targetCatalog"_s);
    folderForm->addRow(QString(), m_catalog);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString start = m_path->text();
        if (m_workspace && QDir::isRelativePath(start))
            start = QFileInfo(m_workspace->path()).dir().absoluteFilePath(start);
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Publish Into Folder"), start);
        if (!folder.isEmpty())
            m_path->setText(QDir::toNativeSeparators(folder));
    });

    // Webhook page.
    auto* webhookPage = new QWidget(this);
    auto* webhookForm = new QFormLayout(webhookPage);
    webhookForm->setContentsMargins(0, 0, 0, 0);
    m_url->setObjectName(u"targetUrl"_s);
    m_url->setPlaceholderText(u"https://example.com/facet-hook"_s);
    webhookForm->addRow(tr("URL:"), m_url);
    m_batchSize->setObjectName(u"targetBatchSize"_s);
    m_batchSize->setRange(1, 1000);
    m_batchSize->setSuffix(tr(" per request"));
    webhookForm->addRow(tr("Batch size:"), m_batchSize);
    m_timeout->setObjectName(u"targetTimeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    webhookForm->addRow(tr("Timeout:"), m_timeout);
    m_attempts->setObjectName(u"targetAttempts"_s);
    m_attempts->setRange(1, 20);
    webhookForm->addRow(tr("Attempts:"), m_attempts);
    m_secret->setObjectName(u"targetSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    auto* generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(u"targetGenerateSecret"_s);
    generate->setToolTip(tr("A new random secret, shown until you save so you can give it to the receiver"));
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(generate);
    webhookForm->addRow(tr("Signing secret:"), secretRow);
    auto* secretHint = new QLabel(tr("Stored outside the workspace, never shown again. Requests carry "
                                     "X-Facet-Signature: sha256=HMAC of the body."),
                                  this);
    secretHint->setWordWrap(true);
    editorPalette::setTextColor(secretHint, editorPalette::muted(secretHint));
    editorPalette::makeSmall(secretHint);
    webhookForm->addRow(QString(), secretHint);
    connect(generate, &QPushButton::clicked, this, [this] {
        m_secret->setEchoMode(QLineEdit::Normal);
        m_secret->setText(QString::fromLatin1(SecretStore::generate()));
    });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_secret->setEchoMode(QLineEdit::Password); });

    m_pages->addWidget(folderPage);
    m_pages->addWidget(webhookPage);
    // The form stays together at the top; the room below is left empty rather than spread between rows.
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublishTargetsDialog::updateKind);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &PublishTargetsDialog::updateKind);

    m_automatic->setObjectName(u"targetAutomatic"_s);
    m_enabled->setObjectName(u"targetEnabled"_s);
    m_save->setObjectName(u"targetSaveButton"_s);
    m_save->setDefault(true);
    m_test->setObjectName(u"targetTestButton"_s);
    m_test->setToolTip(tr("Folder: whether Facet can write there. Webhook: whether the URL answers a signed "
                          "empty batch."));
    m_message->setObjectName(u"targetMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Name:"), m_label);
    form->addRow(tr("Kind:"), m_kind);
    auto* targetBox = new QGroupBox(tr("Target"), this);
    auto* targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addLayout(form);
    targetLayout->addWidget(m_pages);
    targetLayout->addWidget(m_automatic);
    targetLayout->addWidget(m_enabled);
    targetLayout->addStretch();
    targetLayout->addWidget(m_message);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    targetLayout->addLayout(formButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 11);
    columns->addWidget(targetBox, 9);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &PublishTargetsDialog::newTarget);
    connect(m_save, &QPushButton::clicked, this, &PublishTargetsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &PublishTargetsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &PublishTargetsDialog::test);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> items = m_table->selectedItems();
        const int row = items.isEmpty() ? -1 : items.first()->row();
        if (row >= 0 && row < m_targets.size())
            showTarget(m_targets.at(row));
        m_remove->setEnabled(row >= 0 && m_workspace &&
                             m_workspace->session().can(Permission::ManageChannels));
    });

    const bool mayManage = workspace && workspace->session().can(Permission::ManageChannels);
    m_save->setEnabled(mayManage);
    newButton->setEnabled(mayManage);
    if (!mayManage)
        showMessage(tr("Only users who may manage channels change targets."), true);
    refresh();
    if (m_targets.isEmpty())
        newTarget();
    else
        m_table->selectRow(0);
}

void PublishTargetsDialog::refresh()
{
    m_targets = m_workspace ? m_workspace->publishTargets() : QList<PublishTarget>();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const PublishTarget& t : std::as_const(m_targets)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(t.code));
        m_table->setItem(
            row, ChannelColumn,
            new QTableWidgetItem(PublishingText::channelLabel(m_workspace->catalog(), t.channel)));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(PublishingText::kind(t.kind)));
        const QString where = t.kind == PublishTarget::Kind::Folder
                                  ? QDir::toNativeSeparators(t.settings.value(u"path").toString())
                                  : t.settings.value(u"url").toString();
        auto* whereItem = new QTableWidgetItem(where);
        whereItem->setToolTip(t.kind == PublishTarget::Kind::Folder
                                  ? QDir::toNativeSeparators(m_workspace->targetFolder(t))
                                  : where);
        m_table->setItem(row, WhereColumn, whereItem);
        m_table->setItem(row, AutomaticColumn, new QTableWidgetItem(t.automatic ? tr("yes") : tr("no")));
        m_table->setItem(row, EnabledColumn, new QTableWidgetItem(t.enabled ? tr("yes") : tr("no")));
        if (t.code == m_editing)
            m_table->selectRow(row);
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty() && m_workspace &&
                         m_workspace->session().can(Permission::ManageChannels));
}

bool PublishTargetsDialog::selectTarget(const QString& code)
{
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).code == code) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void PublishTargetsDialog::newTarget()
{
    m_table->clearSelection();
    PublishTarget target;
    target.channel = m_channel->currentData().toString();
    target.settings = QJsonObject{{u"path"_s, QString()}};
    showTarget(target);
    m_editing.clear();
    m_code->setReadOnly(false);
    m_code->setFocus();
    m_message->clear();
}

void PublishTargetsDialog::showTarget(const PublishTarget& target)
{
    m_editing = target.code;
    m_keptSettings = target.settings;
    m_code->setText(target.code);
    // The code names the target in history, schedules and secrets: it stays once saved.
    m_code->setReadOnly(!target.code.isEmpty());
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(target.channel)));
    m_label->setText(m_workspace ? target.labels.value(PublishingText::language(m_workspace->catalog()))
                                 : QString());
    m_kind->setCurrentIndex(target.kind == PublishTarget::Kind::Folder ? 0 : 1);
    m_path->setText(QDir::toNativeSeparators(target.settings.value(u"path").toString()));
    m_catalog->setChecked(target.settings.value(u"catalog").toBool());
    const WebhookDelivery::Settings defaults;
    m_url->setText(target.settings.value(u"url").toString());
    m_batchSize->setValue(target.settings.value(u"batch_size").toInt(defaults.batchSize));
    m_timeout->setValue(qMax(1, target.settings.value(u"timeout_ms").toInt(defaults.timeoutMs) / 1000));
    m_attempts->setValue(target.settings.value(u"max_attempts").toInt(defaults.maxAttempts));
    m_secret->clear();
    m_secret->setEchoMode(QLineEdit::Password);
    m_automatic->setChecked(target.automatic);
    m_enabled->setChecked(target.enabled);
    m_message->clear();
    updateKind();
    updateSecretHint();
}

void PublishTargetsDialog::updateKind()
{
    const bool folder = m_kind->currentIndex() == 0;
    m_pages->setCurrentIndex(folder ? 0 : 1);
    // Only the page shown counts for the size: the folder form does not keep the webhook form's height.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_pages->currentIndex()
                                                                      ? QSizePolicy::Preferred
                                                                      : QSizePolicy::Ignored);
    m_pages->updateGeometry();
    const Channel* channel =
        m_workspace ? m_workspace->catalog().channel(m_channel->currentData().toString()) : nullptr;
    const bool print = channel && channel->kind == u"print";
    m_catalog->setEnabled(print);
    if (!print)
        m_catalog->setChecked(false);
}

void PublishTargetsDialog::updateSecretHint()
{
    bool stored = false;
    if (m_workspace && !m_editing.isEmpty())
        stored = SecretStore(m_workspace->workspaceId()).secret(m_editing).has_value();
    m_secret->setPlaceholderText(stored ? tr("a secret is stored; type or generate one to replace it")
                                        : tr("none yet: type one or Generate"));
}

std::optional<PublishTarget> PublishTargetsDialog::targetFromForm(QString* message) const
{
    PublishTarget target;
    target.code = m_code->text().trimmed();
    if (target.code.isEmpty()) {
        *message = tr("Give the target a code, e.g. “web-site”.");
        return std::nullopt;
    }
    if (m_editing.isEmpty() && std::any_of(m_targets.cbegin(), m_targets.cend(),
                                           [&](const PublishTarget& t) { return t.code == target.code; })) {
        *message = tr("There is already a target “%1”.").arg(target.code);
        return std::nullopt;
    }
    target.channel = m_channel->currentData().toString();
    if (m_editing.isEmpty() == false)
        for (const PublishTarget& t : m_targets)
            if (t.code == m_editing)
                target.labels = t.labels;
    if (m_workspace) {
        const QString language = PublishingText::language(m_workspace->catalog());
        if (m_label->text().trimmed().isEmpty())
            target.labels.remove(language);
        else
            target.labels.insert(language, m_label->text().trimmed());
    }
    target.kind = m_kind->currentIndex() == 0 ? PublishTarget::Kind::Folder : PublishTarget::Kind::Webhook;
    QJsonObject settings = m_keptSettings;
    if (target.kind == PublishTarget::Kind::Folder) {
        for (const QString& key :
             {u"url"_s, u"batch_size"_s, u"timeout_ms"_s, u"max_attempts"_s, u"backoff_ms"_s})
            settings.remove(key);
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty()) {
            *message = tr("Choose the folder to publish into.");
            return std::nullopt;
        }
        settings.insert(u"path"_s, path);
        if (m_catalog->isChecked())
            settings.insert(u"catalog"_s, true);
        else
            settings.remove(u"catalog"_s);
    } else {
        settings.remove(u"path"_s);
        settings.remove(u"catalog"_s);
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            *message = tr("The webhook needs an http or https URL, e.g. https://example.com/hook.");
            return std::nullopt;
        }
        settings.insert(u"url"_s, url.toString());
        settings.insert(u"batch_size"_s, m_batchSize->value());
        settings.insert(u"timeout_ms"_s, m_timeout->value() * 1000);
        settings.insert(u"max_attempts"_s, m_attempts->value());
    }
    target.settings = settings;
    target.automatic = m_automatic->isChecked();
    target.enabled = m_enabled->isChecked();
    return target;
}

bool PublishTargetsDialog::save()
{
    if (!m_workspace)
        return false;
    QString text;
    const auto target = targetFromForm(&text);
    if (!target) {
        showMessage(text, true);
        return false;
    }
    const Status status = m_workspace->savePublishTarget(*target);
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    m_editing = target->code;
    m_code->setReadOnly(true);
    QString note = tr("Saved.");
    bool error = false;
    SecretStore secrets(m_workspace->workspaceId());
    if (target->kind == PublishTarget::Kind::Webhook) {
        const QByteArray secret = m_secret->text().trimmed().toUtf8();
        if (!secret.isEmpty()) {
            const Status stored = secrets.setSecret(target->code, secret);
            if (stored) {
                note = tr("Saved, with its secret.");
            } else {
                note = tr("The target was saved, but its secret was not: %1").arg(stored.message());
                error = true;
            }
        } else if (!secrets.secret(target->code)) {
            note = tr("Saved. It has no secret yet: deliveries are refused until one is set.");
            error = true;
        }
    }
    refresh();
    selectTarget(target->code);
    // The secret is never shown back, also not right after saving.
    m_secret->clear();
    m_secret->setEchoMode(QLineEdit::Password);
    updateSecretHint();
    showMessage(note, error);
    return !error;
}

bool PublishTargetsDialog::removeSelected()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    if (!m_workspace || row < 0 || row >= m_targets.size())
        return false;
    const PublishTarget target = m_targets.at(row);
    const Status status = m_workspace->removePublishTarget(target.code);
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    if (target.kind == PublishTarget::Kind::Webhook)
        (void)SecretStore(m_workspace->workspaceId()).removeSecret(target.code);
    m_editing.clear();
    refresh();
    newTarget();
    showMessage(tr("Removed %1. Its publication history stays.").arg(target.code), false);
    return true;
}

void PublishTargetsDialog::test()
{
    if (!m_workspace)
        return;
    QString text;
    const auto target = targetFromForm(&text);
    if (!target) {
        showMessage(text, true);
        Q_EMIT tested(false);
        return;
    }
    const QString folder =
        target->kind == PublishTarget::Kind::Folder ? m_workspace->targetFolder(*target) : QString();
    QByteArray secret = m_secret->text().trimmed().toUtf8();
    if (secret.isEmpty() && target->kind == PublishTarget::Kind::Webhook)
        secret = SecretStore(m_workspace->workspaceId()).secret(target->code).value_or(QByteArray());
    m_test->setEnabled(false);
    showMessage(tr("Testing…"), false);
    editorPalette::setTextColor(m_message, editorPalette::muted(m_message));
    const PublishTarget t = *target;
    // A webhook may take its whole timeout to answer; the dialog stays responsive meanwhile.
    QtConcurrent::run([t, folder, secret] {
        if (t.kind == PublishTarget::Kind::Folder)
            return checkWritable(folder);
        WebhookDelivery delivery(WebhookDelivery::Settings::fromJson(t.settings), secret, t.code, 0);
        return delivery.ping();
    }).then(this, [this, t, folder](const Status& status) {
        m_test->setEnabled(true);
        if (status)
            showMessage(t.kind == PublishTarget::Kind::Folder
                            ? tr("✔ %1 is writable.").arg(QDir::toNativeSeparators(folder))
                            : tr("✔ %1 answered the signed ping.").arg(t.settings.value(u"url").toString()),
                        false);
        else
            showMessage(tr("✘ %1").arg(status.message()), true);
        Q_EMIT tested(status.isOk());
    });
}

void PublishTargetsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    editorPalette::setTextColor(m_message,
                                error ? editorPalette::error(m_message) : editorPalette::success(m_message));
}

QString PublishTargetsDialog::message() const
{
    return m_message->text();
}

} // namespace facet
