// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/ImportWizard.h"

#include "models/exchange/AkeneoImporter.h"
#include "models/storage/Workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace facet {

namespace {

QString kindName(AkeneoColumn::Kind kind)
{
    using K = AkeneoColumn::Kind;
    switch (kind) {
    case K::Identifier:
        return ImportWizard::tr("identifier");
    case K::Family:
        return ImportWizard::tr("family");
    case K::Categories:
        return ImportWizard::tr("categories");
    case K::Groups:
        return ImportWizard::tr("groups (not imported)");
    case K::Enabled:
        return ImportWizard::tr("enabled (not imported)");
    case K::Parent:
        return ImportWizard::tr("parent (not imported)");
    case K::Value:
        return ImportWizard::tr("value");
    case K::Unit:
        return ImportWizard::tr("unit");
    case K::Currency:
        return ImportWizard::tr("price in one currency");
    case K::Association:
        return ImportWizard::tr("association (not imported)");
    case K::Invalid:
        return ImportWizard::tr("skipped");
    }
    return {};
}

} // namespace

ImportWizard::ImportWizard(const QString& workspacePath, const Session& session, QWidget* parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_session(session)
{
    setWindowTitle(tr("Import Akeneo CSV"));
    setObjectName(QStringLiteral("importWizard"));
    setPage(FilesPage, createFilesPage());
    setPage(MappingPage, createMappingPage());
    setPage(RunPage, createRunPage());
    setOption(QWizard::NoBackButtonOnLastPage, false);
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    // A running import finishes its batch and stops; the worker holds its own connection and data.
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void ImportWizard::reject()
{
    if (!m_running) {
        QWizard::reject();
        return;
    }
    if (m_cancelRequested)
        m_cancelRequested->store(true);
    m_closeWhenDone = true;
    m_cancel->setEnabled(false);
}

QWizardPage* ImportWizard::createFilesPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Files"));
    page->setSubTitle(tr("Choose the product files and, if you have them, the structure files "
                         "(attributes.csv, families.csv, categories.csv, attribute_options.csv). Media paths "
                         "in the files are read relative to the media folder."));
    m_fileList = new QListWidget;
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    auto* add = new QPushButton(tr("&Add Files…"));
    auto* remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, &ImportWizard::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_fileList->selectedItems()); });
    m_mediaFolder = new QLineEdit;
    m_mediaFolder->setObjectName(QStringLiteral("importMediaFolder"));
    m_mediaFolder->setPlaceholderText(tr("The first product file's folder"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseMediaFolder);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* media = new QHBoxLayout;
    media->addWidget(new QLabel(tr("Media folder:")));
    media->addWidget(m_mediaFolder, 1);
    media->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_fileList, 1);
    layout->addLayout(buttons);
    layout->addLayout(media);
    return page;
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Mapping and preview"));
    page->setSubTitle(tr("How each column is read, and the first records as they will be imported. "
                         "Structure that the files do not define is inferred; the list below says what."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mapping = new QTableWidget(0, 6);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("File"), tr("Column"), tr("Read as"), tr("Attribute"), tr("Locale"), tr("Channel")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QTableWidget(0, 4);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels({tr("SKU"), tr("Family"), tr("Values"), tr("First values")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_mapping, 3);
    layout->addWidget(new QLabel(tr("Preview of the first records:")));
    layout->addWidget(m_preview, 2);
    return page;
}

QWizardPage* ImportWizard::createRunPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("A dry run reports what would happen without writing. The import writes in batches: "
                         "cancelling keeps the finished batches, and running it again completes it."));
    m_dryRun = new QPushButton(tr("&Dry Run"));
    m_dryRun->setObjectName(QStringLiteral("importDryRun"));
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_cancel = new QPushButton(tr("&Cancel Import"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setEnabled(false);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelRequested)
            m_cancelRequested->store(true);
        m_cancel->setEnabled(false);
    });
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_report = new QPlainTextEdit;
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    return page;
}

void ImportWizard::setFiles(const QStringList& files)
{
    m_fileList->clear();
    m_fileList->addItems(files);
}

QStringList ImportWizard::files() const
{
    QStringList list;
    for (int i = 0; i < m_fileList->count(); ++i)
        list << m_fileList->item(i)->text();
    return list;
}

void ImportWizard::setMediaFolder(const QString& folder)
{
    m_mediaFolder->setText(folder);
}

void ImportWizard::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Akeneo CSV Files"), QString(),
                                                             tr("CSV files (*.csv);;All files (*)"));
    for (const QString& f : chosen) {
        if (!files().contains(f))
            m_fileList->addItem(f);
    }
}

void ImportWizard::chooseMediaFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Media Folder"), m_mediaFolder->text());
    if (!folder.isEmpty())
        m_mediaFolder->setText(folder);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage && files().isEmpty()) {
        m_fileList->setFocus();
        return false;
    }
    if (currentId() == MappingPage)
        return m_analysisOk;
    if (currentId() == RunPage)
        return !m_running;
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        analyze();
    if (id == RunPage) {
        m_report->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
}

void ImportWizard::analyze()
{
    m_mapping->setRowCount(0);
    m_preview->setRowCount(0);
    m_analysisOk = false;
    // Analysis reads the files and the structure only: a connection of its own, on this thread, closed at
    // once.
    Status status;
    auto workspace = Workspace::open(m_workspacePath, Workspace::OpenMode::OpenExisting, &status);
    if (!workspace) {
        m_summary->setText(status.message());
        return;
    }
    ImportOptions options;
    options.files = files();
    options.mediaFolder = m_mediaFolder->text();
    AkeneoImporter importer(*workspace, options);
    status = importer.analyze();
    const ImportPlan& plan = importer.plan();
    QStringList lines;
    if (!status)
        lines << status.message();
    qint64 rows = 0;
    for (const ProductFile& file : plan.productFiles) {
        rows += file.rows;
        for (const AkeneoColumn& c : file.columns) {
            const int row = m_mapping->rowCount();
            m_mapping->insertRow(row);
            const QStringList cells{file.name,
                                    c.header,
                                    kindName(c.kind) +
                                        (c.kind == AkeneoColumn::Kind::Invalid ? u": " + c.error : QString()),
                                    c.attribute,
                                    c.locale,
                                    c.channel.isEmpty() && !c.currency.isEmpty() ? c.currency : c.channel};
            for (int col = 0; col < cells.size(); ++col)
                m_mapping->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
    m_mapping->resizeColumnsToContents();
    lines << tr("%n product row(s) in %1 file(s); %2 structure file(s).", nullptr, int(rows))
                 .arg(plan.productFiles.size())
                 .arg(plan.structureFiles.size());
    for (const QString& s : plan.report.inferred)
        lines << tr("Inferred: %1").arg(s);
    for (const ImportIssue& issue : plan.report.issues)
        lines << issue.toString();
    m_summary->setText(lines.join(u'\n'));
    if (!status)
        return;
    for (const MasterRecord& record : importer.preview(10)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        QStringList sample;
        for (auto it = record.values.constBegin(); it != record.values.constEnd() && sample.size() < 4;
             ++it) {
            const QJsonValue& v = it.value();
            const QString text =
                v.isString() ? v.toString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            sample << it.key().toString() + QStringLiteral(" = ") + text.left(60);
        }
        const QStringList cells{record.sku, record.family, QString::number(record.values.size()),
                                sample.join(QStringLiteral("; "))};
        for (int col = 0; col < cells.size(); ++col)
            m_preview->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_preview->resizeColumnsToContents();
    m_analysisOk = true;
}

void ImportWizard::start(bool dryRun)
{
    if (m_running)
        return;
    m_running = true;
    m_dryRun->setEnabled(false);
    m_import->setEnabled(false);
    m_cancel->setEnabled(!dryRun);
    m_report->setPlainText(dryRun ? tr("Dry run…") : tr("Importing…"));
    m_progress->setRange(0, 0);
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    ImportOptions options;
    options.files = files();
    options.mediaFolder = m_mediaFolder->text();
    options.dryRun = dryRun;
    const QString path = m_workspacePath;
    const Session session = m_session;
    auto cancelRequested = m_cancelRequested;
    QPointer<ImportWizard> self(this);
    // The worker opens its own connection: a Workspace belongs to the thread that opened it.
    (void)QtConcurrent::run([=] {
        Status status;
        ImportReport report;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        if (workspace && !options.dryRun) {
            status = workspace->continueSession(session);
            if (!status)
                workspace.reset();
        }
        if (workspace) {
            AkeneoImporter importer(*workspace, options);
            report = importer.run(
                [self](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, done, total] {
                            if (!self)
                                return;
                            self->m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                            self->m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                        },
                        Qt::QueuedConnection);
                },
                [cancelRequested] { return cancelRequested->load(); });
        } else {
            report.failed = true;
            report.failure = status.message();
        }
        QMetaObject::invokeMethod(
            self,
            [self, report, dryRun] {
                if (self)
                    self->finish(report, dryRun);
            },
            Qt::QueuedConnection);
    });
}

void ImportWizard::finish(const ImportReport& report, bool dryRun)
{
    m_running = false;
    m_lastReport = report;
    m_changed = m_changed || (!dryRun && (report.created + report.updated > 0 || report.structureChanged()));
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_report->setPlainText(report.toText());
    m_dryRun->setEnabled(true);
    m_import->setEnabled(true);
    m_cancel->setEnabled(false);
    Q_EMIT runFinished(dryRun);
    if (m_closeWhenDone)
        QWizard::reject();
}

} // namespace facet
