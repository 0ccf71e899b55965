// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AuditLogWindow.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

enum Column { SeqColumn, AtColumn, ActorColumn, KindColumn, SubjectColumn, DetailColumn };

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One line a person reads: "comment “Ready.” · revision f12c1fdf7c · to editorial_review". Hashes are cut to
// the ten characters the rest of the workbench shows; the whole entry stays in the tooltip and the export.
QString readableDetail(const QJsonObject& object)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{40,}$"));
    auto text = [](const QJsonValue& v) {
        if (v.isString()) {
            const QString s = v.toString();
            return hash.match(s).hasMatch() ? s.left(10) : s;
        }
        if (v.isBool())
            return v.toBool() ? AuditLogWindow::tr("yes") : AuditLogWindow::tr("no");
        if (v.isDouble())
            return QString::number(v.toDouble());
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray())
                items << text(item);
            value = items.join(u", ");
        } else {
            value = text(it.value());
        }
        if (it.key() == u"comment")
            value = u'“' + value + u'”';
        parts << it.key() + u' ' + value;
    }
    return parts.join(u"  ·  ");
}

} // namespace

AuditLogWindow::AuditLogWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_user(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_toEnabled(new QCheckBox(tr("until"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify Chain"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"auditLog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Audit Log"));
    m_user->setObjectName(u"auditUser"_s);
    m_user->setEditable(true);
    m_user->addItem(QString());
    if (workspace)
        for (const User& user : workspace->users())
            m_user->addItem(user.name);
    m_user->lineEdit()->setPlaceholderText(tr("any user"));
    // Room for the placeholder and a typical sign-in name rather than the width of the empty first item.
    m_user->setMinimumContentsLength(12);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setObjectName(u"auditSubject"_s);
    m_subject->setPlaceholderText(tr("any record or object"));
    m_subject->setClearButtonEnabled(true);
    m_kind->setObjectName(u"auditKind"_s);
    m_kind->addItem(tr("any kind"), QString());
    for (const QString& kind : AuditChain::kinds())
        m_kind->addItem(kind, kind);
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(u"auditCount"_s);
    editorPalette::setTextColor(m_count, editorPalette::muted(m_count));
    m_verify->setObjectName(u"auditVerifyButton"_s);
    m_verify->setToolTip(
        tr("Recompute the hash chain over the whole log: a changed, removed or reordered entry "
           "is found and named"));
    m_result->setObjectName(u"auditVerifyResult"_s);
    m_result->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"auditExportButton"_s);
    exportButton->setToolTip(tr("Save the entries shown as CSV or JSON"));
    auto* apply = new QPushButton(tr("&Filter"), this);
    apply->setObjectName(u"auditFilterButton"_s);
    apply->setDefault(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_subject, 1);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addWidget(apply);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_result, 2);
    bottom->addWidget(m_verify);
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditLogWindow::refresh);
    connect(m_subject, &QLineEdit::returnPressed, this, &AuditLogWindow::refresh);
    connect(m_kind, &QComboBox::activated, this, &AuditLogWindow::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogWindow::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogWindow::exportInteractively);
    if (workspace)
        connect(workspace, &Workspace::auditAppended, this, &AuditLogWindow::refresh);
    resize(1280, 760);
    refresh();
}

void AuditLogWindow::setUserFilter(const QString& user)
{
    m_user->setEditText(user);
    refresh();
}

void AuditLogWindow::setSubjectFilter(const QString& subject)
{
    m_subject->setText(subject);
    refresh();
}

void AuditLogWindow::setKindFilter(const QString& kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    refresh();
}

void AuditLogWindow::refresh()
{
    if (!m_workspace)
        return;
    AuditQuery query;
    query.user = m_user->currentText().trimmed();
    query.subject = m_subject->text().trimmed();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        query.kinds << kind;
    if (m_fromEnabled->isChecked())
        query.from = m_from->date().startOfDay();
    if (m_toEnabled->isChecked())
        query.to = m_to->date().addDays(1).startOfDay();
    query.limit = 2000;
    Status status;
    m_entries = m_workspace->auditEntries(query, &status);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& e = m_entries.at(row);
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QStringList cells{QString::number(e.seq),
                                at.isValid() ? QLocale().toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s)
                                             : e.at,
                                e.actor,
                                e.kind,
                                e.subject,
                                readableDetail(e.detail)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == DetailColumn)
                item->setToolTip(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented)));
            if (column == AtColumn)
                item->setToolTip(e.at);
            m_table->setItem(row, column, item);
        }
    }
    if (!status)
        m_count->setText(status.message());
    else
        m_count->setText(
            m_entries.size() >= query.limit
                ? tr("The newest %L1 entries; narrow the filter to see older ones").arg(m_entries.size())
                : tr("%n entries", nullptr, int(m_entries.size())));
}

bool AuditLogWindow::exportTo(const QString& path, QString* error) const
{
    QByteArray bytes;
    if (path.endsWith(u".json", Qt::CaseInsensitive)) {
        QJsonArray array;
        for (const AuditEntry& e : m_entries)
            array.append(QJsonObject{{u"seq"_s, e.seq},
                                     {u"at"_s, e.at},
                                     {u"actor"_s, e.actor},
                                     {u"kind"_s, e.kind},
                                     {u"subject"_s, e.subject},
                                     {u"detail"_s, e.detail},
                                     {u"previousHash"_s, e.previousHash},
                                     {u"hash"_s, e.hash}});
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QString csv = u"seq,at,actor,kind,subject,detail,previous_hash,hash\n"_s;
        for (const AuditEntry& e : m_entries)
            csv += QStringList{QString::number(e.seq), e.at,
                               csvField(e.actor),      csvField(e.kind),
                               csvField(e.subject),    csvField(compactJson(e.detail)),
                               e.previousHash,         e.hash}
                       .join(u',') +
                   u'\n';
        bytes = csv.toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AuditLogWindow::exportInteractively()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), u"audit.csv"_s,
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        m_result->setText(error);
        editorPalette::setTextColor(m_result, editorPalette::error(m_result));
    } else {
        m_result->setText(tr("%n entries exported to %1.", nullptr, int(m_entries.size())).arg(path));
        editorPalette::setTextColor(m_result, editorPalette::normal(m_result));
    }
}

void AuditLogWindow::verify()
{
    if (!m_workspace)
        return;
    m_verify->setEnabled(false);
    m_result->setText(tr("Checking the chain…"));
    editorPalette::setTextColor(m_result, editorPalette::muted(m_result));
    // A Workspace belongs to its thread: the check opens its own connection to the same file.
    const QString path = m_workspace->path();
    QtConcurrent::run([path] {
        Status status;
        std::unique_ptr<Workspace> workspace =
            Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        if (!workspace) {
            AuditVerification failed;
            failed.intact = false;
            failed.message = status.message();
            return failed;
        }
        return workspace->verifyAudit();
    }).then(this, [this](const AuditVerification& result) {
        m_verify->setEnabled(true);
        m_result->setText(
            result.intact ? tr("✔ The chain is intact: %Ln entries checked.", nullptr, int(result.entries))
                          : tr("✘ %1").arg(result.message));
        editorPalette::setTextColor(m_result, result.intact ? editorPalette::success(m_result)
                                                            : editorPalette::error(m_result));
        Q_EMIT verified(result.intact);
    });
}

QString AuditLogWindow::verifyResult() const
{
    return m_result->text();
}

} // namespace facet
