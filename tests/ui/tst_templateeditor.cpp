// SPDX-License-Identifier: GPL-3.0-or-later
// The template editor driven by objectName on the demo workspace: highlighting per template, errors marked
// at their line as the admin types, saving versions, old versions, the live preview of unsaved sources, the
// question on close, the theme following the palette, and the menu that opens it.
#include "models/channels/Gsm7Alphabet.h"
#include "models/demo/DemoWorkspace.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"
#include "ui/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/templates/CodeEditor.h"
#include "ui/templates/TemplateEditorWindow.h"
#include "ui/templates/TemplateHighlighting.h"
#include "ui/templates/TemplateNavigator.h"
#include "ui/templates/TemplatePreview.h"

#include <KSyntaxHighlighting/Repository>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace facet;

namespace {
// Long enough for the debounced check, a render on the thread pool, and the result on the screen.
constexpr int SettleMs = 10000;
} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_sku;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TemplateEditorWindow> m_window;

    template <typename T> T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }
    CodeEditor* editor() const { return find<CodeEditor>("templateSource"); }
    QPushButton* saveButton() const { return find<QPushButton>("saveTemplateButton"); }
    QLabel* errorLabel() const { return find<QLabel>("templateError"); }

    ChannelTemplate stored(const QString& channel, const QString& name) const
    {
        for (const ChannelTemplate& t : m_workspace->templates(channel))
            if (t.name == name)
                return t;
        return {};
    }

    // Types at the end of the source, on a line of its own; returns the line (from 1) typed on.
    int typeLine(const QString& text)
    {
        QTextCursor cursor = editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor()->setTextCursor(cursor);
        editor()->setFocus();
        if (!cursor.block().text().isEmpty())
            QTest::keyClick(editor(), Qt::Key_Return);
        const int line = editor()->textCursor().blockNumber() + 1;
        QTest::keyClicks(editor(), text);
        return line;
    }

    // The editor's extra selections that mark a line as wrong: a wavy underline on that block.
    QList<int> markedLines() const
    {
        QList<int> lines;
        for (const QTextEdit::ExtraSelection& s : editor()->extraSelections())
            if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                lines << s.cursor.block().blockNumber() + 1;
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FacetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_templateeditor"));
        QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.facet"));
        QString error;
        m_workspace = test::createDemoWorkspace(m_path, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        ProductQuery first;
        first.limit = 1;
        m_sku = m_workspace->products(first).value(0).sku;
        QVERIFY(!m_sku.isEmpty());
    }

    void init()
    {
        QApplication::setPalette(Theme::lightPalette());
        m_window = std::make_unique<TemplateEditorWindow>();
        m_window->setWorkspace(m_workspace.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->setSaveQuestion([](const QString&) { return QMessageBox::Discard; });
        m_window.reset();
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("user/name")); }

    void opensTemplateWithItsHighlighting_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("definition");
        QTest::newRow("web page") << "ecommerce" << "page" << "Django HTML Template";
        QTest::newRow("email HTML") << "newsletter" << "html" << "Django HTML Template";
        QTest::newRow("email subject") << "newsletter" << "subject" << "Twig/Twig";
        QTest::newRow("sms body") << "sms" << "body" << "Twig/Twig";
        QTest::newRow("print sheet") << "print" << "sheet" << "Django HTML Template";
        QTest::newRow("feed item") << "google_feed" << "item" << "XML";
    }
    void opensTemplateWithItsHighlighting()
    {
        QFETCH(QString, channel);
        QFETCH(QString, name);
        QFETCH(QString, definition);
        QVERIFY(TemplateHighlighting::repository().definitionForName(definition).isValid());
        QVERIFY(m_window->openTemplate(channel, name));
        QCOMPARE(editor()->toPlainText(), stored(channel, name).source);
        QVERIFY(!editor()->toPlainText().isEmpty());
        QCOMPARE(editor()->definitionName(), definition);
        QCOMPARE(m_window->currentChannel(), channel);
        QCOMPARE(m_window->currentName(), name);
        QTreeWidgetItem* current = m_window->navigator()->templateTree()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(0), name);
        QCOMPARE(current->text(1), QStringLiteral("built-in"));
        // Nothing saved yet: the history holds the built-in version alone.
        QCOMPARE(m_window->navigator()->historyList()->topLevelItemCount(), 1);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(errorLabel()->isHidden());
        QVERIFY(markedLines().isEmpty());
    }

    void errorIsMarkedAtItsLine_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("problem");
        QTest::newRow("if without endif") << "{% if product.name %}" << "endif";
        QTest::newRow("if without condition") << "{% if %}" << "if";
        QTest::newRow("unknown filter") << "{{ product.name|shout }}" << "shout";
        QTest::newRow("unknown tag") << "{% frobnicate %}" << "frobnicate";
    }
    void errorIsMarkedAtItsLine()
    {
        QFETCH(QString, typed);
        QFETCH(QString, problem);
        QVERIFY(m_window->openTemplate(QStringLiteral("sms"), QStringLiteral("body")));
        const int line = typeLine(typed);
        QVERIFY(line >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(!errorLabel()->isHidden(), SettleMs);
        QVERIFY2(errorLabel()->text().startsWith(QStringLiteral("Line %1: ").arg(line)),
                 qPrintable(errorLabel()->text()));
        QVERIFY2(errorLabel()->text().contains(problem), qPrintable(errorLabel()->text()));
        QCOMPARE(editor()->errorLine(), line);
        QCOMPARE(markedLines(), QList<int>{line});
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!find<QAction>("saveTemplateAction")->isEnabled());
        QVERIFY(!m_window->save());
        QCOMPARE(stored(QStringLiteral("sms"), QStringLiteral("body")).version, 0);
        // The preview keeps the last correct state, and says so.
        QVERIFY(find<QLabel>("previewStatus")->text().contains(QStringLiteral("last correct state")));
    }

    void fixingTheErrorEnablesSave()
    {
        QVERIFY(m_window->openTemplate(QStringLiteral("sms"), QStringLiteral("body")));
        const int line = typeLine(QStringLiteral("{% if product.name %}"));
        QTRY_COMPARE_WITH_TIMEOUT(editor()->errorLine(), line, SettleMs);
        QVERIFY(!saveButton()->isEnabled());
        QTest::keyClicks(editor(), QStringLiteral("ok{% endif %}"));
        QTRY_COMPARE_WITH_TIMEOUT(editor()->errorLine(), 0, SettleMs);
        QVERIFY(markedLines().isEmpty());
        QVERIFY(errorLabel()->isHidden());
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(m_window->isModified());
        QVERIFY(m_window->isWindowModified());
    }

    void savingAddsTheNextVersion()
    {
        const QString channel = QStringLiteral("talking_points");
        const QString name = QStringLiteral("body");
        const int before = stored(channel, name).version;
        QVERIFY(m_window->openTemplate(channel, name));
        typeLine(QStringLiteral("Ask about {{ product.sku }}."));
        QTRY_VERIFY_WITH_TIMEOUT(saveButton()->isEnabled(), SettleMs);
        QCOMPARE(saveButton()->text().remove(u'&'), QStringLiteral("Save as Version %1").arg(before + 1));
        QTest::mouseClick(saveButton(), Qt::LeftButton);

        const ChannelTemplate saved = stored(channel, name);
        QCOMPARE(saved.version, before + 1);
        QCOMPARE(saved.source, editor()->toPlainText());
        // The signed-in user, not the configured name, is who saved it.
        QCOMPARE(saved.savedBy, QStringLiteral("ada"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!m_window->isModified());
        QVERIFY(!m_window->isWindowModified());

        QTreeWidget* history = m_window->navigator()->historyList();
        QCOMPARE(history->topLevelItemCount(), before + 2); // every saved version and the built-in
        QCOMPARE(history->topLevelItem(0)->text(0), QStringLiteral("v%1").arg(before + 1));
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("ada"));
        QCOMPARE(history->currentItem(), history->topLevelItem(0));
        QCOMPARE(m_window->navigator()->templateTree()->currentItem()->text(1),
                 QStringLiteral("v%1").arg(before + 1));
        QVERIFY2(find<QLabel>("templateHeading")
                     ->text()
                     .contains(QStringLiteral("version %1 is in use").arg(before + 1)),
                 qPrintable(find<QLabel>("templateHeading")->text()));

        // An old version is shown, not restored, until it is saved again.
        history->setCurrentItem(history->topLevelItem(history->topLevelItemCount() - 1));
        QCOMPARE(editor()->toPlainText(), TemplateSlot::defaultSource(QStringLiteral("text"), name));
        QVERIFY(!m_window->isModified());
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(m_window->save());
        QCOMPARE(stored(channel, name).version, before + 2);
        QCOMPARE(stored(channel, name).source, TemplateSlot::defaultSource(QStringLiteral("text"), name));
        QCOMPARE(history->topLevelItemCount(), before + 3);
    }

    void previewRendersTheUnsavedSource()
    {
        QVERIFY(m_window->openTemplate(QStringLiteral("sms"), QStringLiteral("body")));
        TemplatePreview* preview = m_window->preview();
        preview->setLocale(QStringLiteral("en_US"));
        preview->setProduct(m_sku);
        const auto record = m_workspace->record(m_sku);
        QVERIFY(record);
        QString name = record->value({QStringLiteral("name"), QStringLiteral("en_US"), QStringLiteral("sms")})
                           .toString();
        if (name.isEmpty())
            name = record->value({QStringLiteral("name"), QStringLiteral("en_US"), {}}).toString();
        QVERIFY(!name.isEmpty());
        name = gsm7Transliterate(name); // the SMS template keeps the text in the GSM-7 alphabet
        auto* text = find<QPlainTextEdit>("previewText");
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(name), SettleMs);
        QVERIFY(text->isVisible());
        QCOMPARE(preview->lastRendering().sku, m_sku);
        QCOMPARE(preview->lastRendering().locale, QStringLiteral("en_US"));

        typeLine(QStringLiteral("UNSAVED-{{ product.sku }}"));
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("UNSAVED-") + m_sku), SettleMs);
        QVERIFY(text->toPlainText().contains(name));
        QCOMPARE(stored(QStringLiteral("sms"), QStringLiteral("body")).version, 0);

        // German: the channel's other locale.
        preview->setLocale(QStringLiteral("de_DE"));
        QTRY_COMPARE_WITH_TIMEOUT(preview->lastRendering().locale, QStringLiteral("de_DE"), SettleMs);
    }

    void productPickerSearches()
    {
        QVERIFY(m_window->openTemplate(QStringLiteral("x"), QStringLiteral("post")));
        TemplatePreview* preview = m_window->preview();
        QLineEdit* picker = find<QLineEdit>("previewProduct");
        QCOMPARE(picker, preview->productEdit());
        ProductQuery last;
        last.order = Qt::DescendingOrder;
        last.limit = 1;
        const ProductRow wanted = m_workspace->products(last).value(0);
        QVERIFY(wanted.sku != m_sku);
        picker->clear();
        picker->setFocus();
        QTest::keyClicks(picker, wanted.sku);
        QAbstractItemModel* hits = picker->completer()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            hits->rowCount() > 0 && hits->index(0, 0).data(Qt::UserRole).toString() == wanted.sku, SettleMs);
        Q_EMIT picker->completer()->activated(hits->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(preview->currentSku(), wanted.sku, SettleMs);
        QTRY_COMPARE_WITH_TIMEOUT(preview->lastRendering().sku, wanted.sku, SettleMs);
        QCOMPARE(picker->text(), wanted.sku + QStringLiteral(" — ") + wanted.label);
    }

    void htmlPreviewIsRendered()
    {
        QVERIFY(m_window->openTemplate(QStringLiteral("ecommerce"), QStringLiteral("page")));
        m_window->preview()->setProduct(m_sku);
        auto* html = find<QTextBrowser>("previewHtml");
        QTRY_VERIFY_WITH_TIMEOUT(html->isVisible() && html->toPlainText().contains(m_sku), SettleMs);
        QVERIFY(!find<QPlainTextEdit>("previewText")->isVisible());
    }

    void closingAsksAboutUnsavedChanges()
    {
        QVERIFY(m_window->openTemplate(QStringLiteral("sms"), QStringLiteral("body")));
        typeLine(QStringLiteral("more"));
        int asked = 0;
        m_window->setSaveQuestion([&asked](const QString& name) {
            ++asked;
            return name == u"sms/body" ? QMessageBox::Cancel : QMessageBox::Discard;
        });
        QVERIFY(!m_window->close());
        QCOMPARE(asked, 1);
        QVERIFY(m_window->isVisible());
        // Switching templates asks too, and Cancel keeps the one being edited.
        QVERIFY(!m_window->openTemplate(QStringLiteral("x"), QStringLiteral("post")));
        QCOMPARE(asked, 2);
        QCOMPARE(m_window->currentName(), QStringLiteral("body"));
        QCOMPARE(m_window->navigator()->templateTree()->currentItem()->text(0), QStringLiteral("body"));

        m_window->setSaveQuestion([&asked](const QString&) {
            ++asked;
            return QMessageBox::Discard;
        });
        QVERIFY(m_window->close());
        QCOMPARE(asked, 3);
        QCOMPARE(stored(QStringLiteral("sms"), QStringLiteral("body")).version, 0);
    }

    void themeFollowsThePalette()
    {
        const QString dark = TemplateHighlighting::repository()
                                 .defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)
                                 .name();
        const QString light = TemplateHighlighting::repository()
                                  .defaultTheme(KSyntaxHighlighting::Repository::LightTheme)
                                  .name();
        QVERIFY(dark != light);
        QCOMPARE(editor()->themeName(), light);
        QApplication::setPalette(Theme::darkPalette());
        QTRY_COMPARE(editor()->themeName(), dark);
        QApplication::setPalette(Theme::lightPalette());
        QTRY_COMPARE(editor()->themeName(), light);
    }

    void mainWindowMenuOpensTheEditor()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        QAction* action = nullptr;
        for (QAction* top : window.menuBar()->actions())
            if (top->menu() && top->text().remove(u'&') == u"Channels")
                for (QAction* a : top->menu()->actions())
                    if (a->objectName() == u"editTemplatesAction")
                        action = a;
        QVERIFY(action);
        QCOMPARE(action->text().remove(u'&'), QStringLiteral("Edit Templates…"));
        QVERIFY(action->isEnabled());
        action->trigger();
        TemplateEditorWindow* editorWindow = window.templateEditor();
        QVERIFY(editorWindow);
        QVERIFY(editorWindow->isWindow());
        QVERIFY(editorWindow->isVisible());
        QCOMPARE(editorWindow->objectName(), QStringLiteral("templateEditor"));
        QVERIFY(!editorWindow->currentName().isEmpty());
        action->trigger();
        QCOMPARE(window.findChildren<TemplateEditorWindow*>().size(), 1);
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
