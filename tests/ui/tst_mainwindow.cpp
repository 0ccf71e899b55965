// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window driven by objectName on the offscreen platform: opening the demo workspace, searching
// in German, choosing products with mouse and keyboard, categories and saved filters, themes, settings,
// errors; and one whole editing session from search to save to reopening the file.
#include "models/demo/DemoWorkspace.h"
#include "models/itemmodels/ProductListModel.h"
#include "models/record/RichText.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"
#include "ui/MainWindow.h"
#include "ui/editor/RecordEditor.h"
#include "ui/shell/CategoryPanel.h"
#include "ui/shell/ProductBrowser.h"
#include "ui/shell/RecentWorkspaces.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace facet;

namespace {
// In the German texts of the demo's headphones, and nowhere in the English ones.
const auto GermanWord = QStringLiteral("Kopfhörer");
// Typed into a German description; in no demo text, so finding it proves the save reached the search index.
const auto TypedWord = QStringLiteral("Flüsterleise");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    // The window's previews use the browser engine, which must be set up before the application exists.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_demoCount = 0;

    template <typename T> static T* child(QWidget& window, const char* name)
    {
        T* widget = window.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    // QTest::keyClicks() knows ASCII only; a German user types umlauts.
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            const auto key = Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
        }
    }

    // The action as the menu bar offers it, so the test goes through what the user clicks.
    static QAction* menuAction(QMainWindow& window, const QString& menuTitle, const char* name)
    {
        for (QAction* top : window.menuBar()->actions()) {
            if (!top->menu() || top->text().remove(u'&') != menuTitle)
                continue;
            for (QAction* action : top->menu()->actions()) {
                if (action->objectName() == QLatin1StringView(name))
                    return action;
            }
        }
        qWarning("no %s in the %s menu", name, qPrintable(menuTitle));
        return nullptr;
    }

    static void clickRow(QTableView* table, int row)
    {
        const QModelIndex index = table->model()->index(row, ProductListModel::NameColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FacetTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_demo = m_dir.filePath(QStringLiteral("demo.facet"));
        const Status status = WorkspaceSession::createDemoFile(m_demo);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        Status open;
        auto workspace = Workspace::open(m_demo, Workspace::OpenMode::OpenExisting, &open);
        QVERIFY(workspace);
        m_demoCount = workspace->productCount();
        QVERIFY(m_demoCount > 10);
    }

    void opensTheDemoAndSearchesInGerman()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(opened.size(), 1);
        QVERIFY(window.workspace());

        auto* table = child<QTableView>(window, "productTable");
        auto* search = child<QLineEdit>(window, "searchEdit");
        auto* editor = child<RecordEditor>(window, "recordEditor");
        QVERIFY(table && search && editor);
        QCOMPARE(editor, window.recordEditor());
        QVERIFY(child<QTreeView>(window, "categoryTree"));
        QVERIFY(child<QListWidget>(window, "savedFilters"));
        auto* model = qobject_cast<ProductListModel*>(table->model());
        QVERIFY(model);
        QCOMPARE(model->totalCount(), m_demoCount);
        QCOMPARE(model->rowCount(), int(qMin<qint64>(m_demoCount, model->pageSize())));
        QVERIFY(child<QLabel>(window, "productCounts")->text().contains(QString::number(m_demoCount)));
        QVERIFY(child<QLabel>(window, "workspacePath")->text().contains(QStringLiteral("demo.facet")));
        // The window starts on the first product rather than an empty editor.
        QCOMPARE(editor->currentSku(), model->skuAt(0));

        typeText(search, GermanWord);
        // Typing waits for a pause before it queries.
        QCOMPARE(model->search(), QString());
        QTRY_COMPARE(model->search(), GermanWord);
        const int hits = model->rowCount();
        QVERIFY(hits > 0);
        QVERIFY(hits < m_demoCount);
        QCOMPARE(model->matchCount(), qint64(hits));
        for (int row = 0; row < hits; ++row) {
            const auto record = window.workspace()->record(model->skuAt(row));
            QVERIFY(record);
            QVERIFY2(QString::fromUtf8(record->canonicalJson()).contains(GermanWord, Qt::CaseInsensitive),
                     qPrintable(record->sku));
        }
        QVERIFY(
            child<QLabel>(window, "productCounts")->text().contains(QStringLiteral("%1 shown").arg(hits)));

        clickRow(table, hits - 1);
        QCOMPARE(editor->currentSku(), model->skuAt(hits - 1));
        QCOMPARE(table->selectionModel()->currentIndex().row(), hits - 1);

        // Clearing the search keeps the product being edited selected.
        search->clear();
        QTRY_COMPARE(model->search(), QString());
        QCOMPARE(model->skuAt(table->selectionModel()->currentIndex().row()), editor->currentSku());
        QVERIFY(window.close());
    }

    void keyboardNavigation()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_demo));
        auto* table = child<QTableView>(window, "productTable");
        auto* search = child<QLineEdit>(window, "searchEdit");
        auto* model = window.productBrowser()->model();
        search->setFocus();
        typeText(search, GermanWord);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(model->search(), GermanWord); // no waiting when the user moves on
        QVERIFY(table->hasFocus());
        QCOMPARE(window.recordEditor()->currentSku(), model->skuAt(0));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(window.recordEditor()->currentSku(), model->skuAt(1));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(window.recordEditor()->currentSku(), model->skuAt(model->rowCount() - 1));
        // Escape in the search box clears it.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(model->search(), QString());
        QVERIFY(window.close());
    }

    void unsavedChangesGuardSwitchingProducts()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_demo));
        // The demo has users: only someone signed in may edit (nobody saves here).
        QVERIFY(window.signIn(QStringLiteral("mia"), DemoWorkspace::password()).isOk());
        auto* table = child<QTableView>(window, "productTable");
        auto* model = window.productBrowser()->model();
        RecordEditor* editor = window.recordEditor();
        const QString first = model->skuAt(0);
        QCOMPARE(editor->currentSku(), first);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("value:name-en_US"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral(" (draft)"));
        QTRY_VERIFY(editor->isModified());
        QVERIFY(window.isWindowModified());
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
        auto* save = window.findChild<QAction*>(QStringLiteral("saveAction"));
        QVERIFY(undo && redo && save);
        QVERIFY(undo->isEnabled());
        QVERIFY(save->isEnabled());
        // Edit ▸ Undo takes the typing back and the record is clean again; Redo brings it back.
        undo->trigger();
        QTRY_VERIFY(!editor->isModified());
        QVERIFY(!save->isEnabled());
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QTRY_VERIFY(editor->isModified());

        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        editor->setSaveQuestion([&](const QString& sku) {
            asked << sku;
            return answer;
        });
        clickRow(table, 2);
        QCOMPARE(asked, QStringList{first});
        QCOMPARE(editor->currentSku(), first);
        // The list goes back to the product still being edited.
        QTRY_COMPARE(table->selectionModel()->currentIndex().row(), 0);
        QVERIFY(editor->isModified());

        answer = QMessageBox::Discard;
        clickRow(table, 2);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(editor->currentSku(), model->skuAt(2));
        QVERIFY(!editor->isModified());
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.close());
    }

    void categoriesAndSavedFilters()
    {
        MainWindow window;
        window.setAskToSignIn(false);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        auto* tree = child<QTreeView>(window, "categoryTree");
        auto* filters = child<QListWidget>(window, "savedFilters");
        auto* model = window.productBrowser()->model();
        QVERIFY(tree->model()->rowCount() > 1);
        QCOMPARE(tree->currentIndex().row(), 0); // "All products"

        // The first real category with products, its subtree included.
        const QModelIndex category = tree->model()->index(1, 0);
        tree->setCurrentIndex(category);
        const QString code = window.categoryPanel()->currentCategory();
        QVERIFY(!code.isEmpty());
        QCOMPARE(model->category(), code);
        ProductQuery query;
        query.category = code;
        QCOMPARE(model->matchCount(), window.workspace()->productCount(query));

        window.productBrowser()->setSearchText(GermanWord);
        QVERIFY(window.categoryPanel()->saveCurrentFilter(QStringLiteral("German headphones")));
        QCOMPARE(filters->count(), 1);
        QCOMPARE(filters->currentRow(), 0); // it is the filter in force

        tree->setCurrentIndex(tree->model()->index(0, 0));
        window.productBrowser()->setSearchText(QString());
        QCOMPARE(model->matchCount(), m_demoCount);
        QVERIFY(filters->selectedItems().isEmpty());

        window.categoryPanel()->applyFilter(QStringLiteral("German headphones"));
        QCOMPARE(model->search(), GermanWord);
        QCOMPARE(model->category(), code);
        QCOMPARE(window.productBrowser()->searchEdit()->text(), GermanWord);

        filters->setCurrentRow(0);
        window.categoryPanel()->removeSelectedFilter();
        QCOMPARE(filters->count(), 0);
        QVERIFY(window.workspace()->savedFilters().isEmpty());
        QVERIFY(window.close());
    }

    void themes()
    {
        MainWindow window;
        window.theme()->setMode(Theme::Mode::Dark);
        QVERIFY(window.theme()->isDark());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        window.theme()->setMode(Theme::Mode::Light);
        QVERIFY(!window.theme()->isDark());
        // Readable: text and its background far apart in both palettes.
        for (const QPalette& p : {Theme::lightPalette(), Theme::darkPalette()}) {
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) >
                    150);
            QVERIFY(qAbs(p.color(QPalette::HighlightedText).lightness() -
                         p.color(QPalette::Highlight).lightness()) > 90);
        }
        // Remembered for the next start.
        MainWindow next;
        QCOMPARE(next.theme()->mode(), Theme::Mode::Light);
    }

    void closingRemembersTheWorkspace()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_demo));
            QVERIFY(window.close());
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        MainWindow window;
        QVERIFY(window.openLastWorkspace());
        QCOMPARE(QFileInfo(window.workspace()->path()), QFileInfo(m_demo));
    }

    void recentWorkspaces()
    {
        RecentWorkspaces recent;
        recent.clear();
        QStringList files;
        for (int i = 0; i < RecentWorkspaces::MaximumCount + 2; ++i) {
            files << m_dir.filePath(QStringLiteral("recent-%1.facet").arg(i));
            QFile file(files.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            recent.add(files.last());
        }
        QStringList paths = recent.paths();
        QCOMPARE(paths.size(), RecentWorkspaces::MaximumCount);
        QCOMPARE(QFileInfo(paths.first()), QFileInfo(files.last())); // newest first
        recent.add(files.at(5));
        QCOMPARE(QFileInfo(recent.paths().first()), QFileInfo(files.at(5)));
        QCOMPARE(recent.paths().size(), RecentWorkspaces::MaximumCount);
        // A file deleted meanwhile is not offered.
        QFile::remove(files.last());
        QCOMPARE(recent.paths().size(), RecentWorkspaces::MaximumCount - 1);

        QMenu menu;
        QString chosen;
        recent.populateMenu(&menu, this, [&chosen](const QString& path) { chosen = path; });
        QCOMPARE(menu.actions().size(), RecentWorkspaces::MaximumCount - 1 + 2); // separator, "Clear List"
        menu.actions().first()->trigger();
        QCOMPARE(QFileInfo(chosen), QFileInfo(files.at(5)));
        menu.actions().last()->trigger();
        QVERIFY(recent.paths().isEmpty());
    }

    void badWorkspaceShowsAnErrorAndKeepsTheOpenOne()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        QVERIFY(!window.openWorkspace(m_dir.filePath(QStringLiteral("missing.facet"))));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("missing.facet")));
        box->close();
        QVERIFY(window.workspace());
        QCOMPARE(QFileInfo(window.workspace()->path()), QFileInfo(m_demo));
    }

    void editGermanDescriptionSaveReopen()
    {
        // A demo of its own: this test writes, and the others expect the demo as it was built.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("edited.facet"));
        {
            QString error;
            auto workspace = test::createDemoWorkspace(path, &error);
            QVERIFY2(workspace, qPrintable(error));
            ProductQuery query;
            query.search = TypedWord;
            QCOMPARE(workspace->productCount(query), 0);
        }
        const ValueKey germanDescription{QStringLiteral("description"), QStringLiteral("de_DE"), {}};
        const QString typed = QStringLiteral(" %1 im Großraumbüro.").arg(TypedWord);
        // Any question about unsaved changes is a failure here: everything is saved before the window closes.
        QStringList asked;
        auto noQuestion = [&asked](const QString& sku) {
            asked << sku;
            return QMessageBox::Cancel;
        };

        QString sku;
        QString before;
        {
            MainWindow window;
            window.setAskToSignIn(false);
            window.show();
            window.activateWindow();
            // Ctrl+S is a window shortcut: it only reaches an active window.
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.openWorkspace(path));
            // The demo has users: writing needs someone signed in.
            QVERIFY(window.signIn(QStringLiteral("mia"), DemoWorkspace::password()).isOk());
            RecordEditor* editor = window.recordEditor();
            editor->setSaveQuestion(noQuestion);
            auto* table = child<QTableView>(window, "productTable");
            auto* search = child<QLineEdit>(window, "searchEdit");
            QVERIFY(table && search);
            auto* model = window.productBrowser()->model();

            QTest::mouseClick(search, Qt::LeftButton);
            QTRY_VERIFY(search->hasFocus());
            typeText(search, GermanWord);
            QTRY_COMPARE(model->search(), GermanWord);
            QVERIFY(model->rowCount() > 0);
            sku = model->skuAt(0);
            clickRow(table, 0);
            QTRY_COMPARE(editor->currentSku(), sku);
            QCOMPARE(table->selectionModel()->currentIndex().row(), 0);

            auto* german = editor->findChild<QTextEdit*>(QStringLiteral("value:description-de_DE"));
            QVERIFY(german);
            before = german->toPlainText();
            QVERIFY(!before.isEmpty());
            QVERIFY(!before.contains(TypedWord));
            QVERIFY(!editor->isModified());
            QTest::mouseClick(german->viewport(), Qt::LeftButton, {}, QPoint(4, 4));
            QTRY_VERIFY(german->hasFocus());
            QTest::keyClick(german, Qt::Key_End, Qt::ControlModifier);
            typeText(german, typed);
            QVERIFY(german->toPlainText().endsWith(typed));
            QTRY_VERIFY(editor->isModified());
            QVERIFY(window.isWindowModified());

            QAction* undo = menuAction(window, QStringLiteral("Edit"), "undoAction");
            QAction* redo = menuAction(window, QStringLiteral("Edit"), "redoAction");
            QAction* save = menuAction(window, QStringLiteral("Edit"), "saveAction");
            QVERIFY(undo && redo && save);
            QVERIFY(undo->isEnabled());
            QVERIFY(save->isEnabled());
            // The whole typing is one step: one Undo takes all of it back and the record is clean again.
            undo->trigger();
            QTRY_VERIFY(!editor->isModified());
            QCOMPARE(german->toPlainText(), before);
            QVERIFY(!window.isWindowModified());
            QVERIFY(!save->isEnabled());
            QVERIFY(redo->isEnabled());
            redo->trigger();
            QTRY_VERIFY(editor->isModified());
            QVERIFY(german->toPlainText().endsWith(typed));

            QSignalSpy saved(editor, &RecordEditor::recordSaved);
            QTest::keyClick(german, Qt::Key_S, Qt::ControlModifier);
            QTRY_COMPARE(saved.size(), 1);
            QCOMPARE(saved.first().first().toString(), sku);
            QVERIFY(!editor->isModified());
            QVERIFY(!window.isWindowModified());
            QVERIFY(!save->isEnabled());
            QVERIFY(window.close());
            QVERIFY(asked.isEmpty());
        }

        {
            MainWindow window;
            window.setAskToSignIn(false);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openWorkspace(path));
            RecordEditor* editor = window.recordEditor();
            editor->setSaveQuestion(noQuestion);
            auto* table = child<QTableView>(window, "productTable");
            auto* search = child<QLineEdit>(window, "searchEdit");
            auto* model = window.productBrowser()->model();
            QTest::mouseClick(search, Qt::LeftButton);
            QTRY_VERIFY(search->hasFocus());
            typeText(search, TypedWord);
            QTRY_COMPARE(model->search(), TypedWord);
            QCOMPARE(model->rowCount(), 1);
            QCOMPARE(model->skuAt(0), sku);
            clickRow(table, 0);
            QTRY_COMPARE(editor->currentSku(), sku);
            auto* german = editor->findChild<QTextEdit*>(QStringLiteral("value:description-de_DE"));
            QVERIFY(german);
            QVERIFY(german->toPlainText().endsWith(typed));
            QVERIFY(german->toPlainText().startsWith(before));
            QVERIFY(!editor->isModified());
            QVERIFY(window.close());
            QVERIFY(asked.isEmpty());
        }

        Status status;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        QVERIFY2(workspace, qPrintable(status.message()));
        const auto record = workspace->record(sku);
        QVERIFY(record);
        const QString html = record->value(germanDescription).toString();
        QVERIFY2(RichText::firstUnsupportedMarkup(html).isEmpty(), qPrintable(html));
        const QString plain = RichText::toPlainText(html);
        QVERIFY2(plain.contains(typed.trimmed()), qPrintable(plain));
        ProductQuery query;
        query.search = TypedWord.toLower();
        const QList<ProductRow> found = workspace->products(query, &status);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().sku, sku);
    }

    void demoIsBuiltInTheBackground()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        const QString path = m_dir.filePath(QStringLiteral("sub/another-demo.facet"));
        QVERIFY(window.createDemoWorkspace(path));
        QVERIFY(window.session()->isBusy());
        QVERIFY(opened.wait(60000));
        QVERIFY(!window.session()->isBusy());
        QCOMPARE(window.productBrowser()->model()->totalCount(), m_demoCount);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
