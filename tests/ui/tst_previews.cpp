// SPDX-License-Identifier: GPL-3.0-or-later
// The channel previews beside the record editor, driven by objectName on the offscreen platform against the
// demo workspace: a tab per channel, live re-rendering while typing, template errors, findings that lead to
// their field, the locale switcher, and the window's View menu. Expected texts come from rendering the same
// record with RenderService, so the previews are checked against what the channels publish.
#include "models/demo/DemoWorkspace.h"
#include "models/editing/RecordDocument.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/editor/RecordEditor.h"
#include "ui/previews/ChannelPreview.h"
#include "ui/previews/FindingsList.h"
#include "ui/previews/PostPreview.h"
#include "ui/previews/PreviewCounters.h"
#include "ui/previews/PreviewPalette.h"
#include "ui/previews/PreviewPanel.h"
#include "ui/previews/PreviewRenderer.h"
#include "ui/previews/PrintPreview.h"
#include "ui/previews/WebPreview.h"
#include "ui/shell/Theme.h"
#include "ui/shell/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
// In no demo text, so seeing it proves the preview follows the editor.
const auto TypedName = u"Zephyr Quietline"_s;
// Generous for the first rendering (thread start, template parsing); typing is checked against a second.
constexpr int FirstRenderingMs = 15000;
constexpr int TypingMs = 1000;
} // namespace

class TestPreviews : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_sku;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_host;
    RecordEditor* m_editor = nullptr;
    PreviewPanel* m_panel = nullptr;

    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        T* widget = parent ? parent->findChild<T*>(name) : nullptr;
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

    QString smsText() const
    {
        auto* bubble = find<QLabel>(m_panel->preview(u"sms"_s), u"smsBubble"_s);
        return bubble && !bubble->isHidden() ? bubble->text() : QString();
    }

    QString postText(const QString& channel) const
    {
        auto* text = find<QLabel>(m_panel->preview(channel), u"postText"_s);
        return text && !text->isHidden() ? text->text() : QString();
    }

    // What the channel publishes for the editor's current draft.
    // The SMS template spells names in the GSM-7 alphabet: the words before a dash are what is sure to show.
    static QString words(const QString& name) { return name.section(u" – "_s, 0, 0); }

    Rendering expected(const QString& channel, const QString& locale) const
    {
        return expectedFor(m_editor->document()->record(), channel, locale);
    }

    Rendering expectedFor(const MasterRecord& record, const QString& channel, const QString& locale) const
    {
        const auto snapshot = RenderService::snapshot(*m_workspace, true);
        const RenderService published(snapshot, TemplateContext::AssetLinks::Published);
        const RenderService embedded(snapshot, TemplateContext::AssetLinks::Embedded);
        return PreviewRenderer::render(published, embedded, record, channel, locale);
    }

    QString draftValue(const QString& attribute, const QString& locale) const
    {
        return m_editor->document()->record().value(ValueKey{attribute, locale, {}}).toString();
    }

    bool settled() const { return !m_panel->isUpdating() && !smsText().isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"FacetTest"_s);
        QCoreApplication::setApplicationName(u"tst_previews"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_path = m_dir.filePath(u"demo.facet"_s);
        const Status status = WorkspaceSession::createDemoFile(m_path);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        Status open;
        m_workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &open);
        QVERIFY2(m_workspace, qPrintable(open.message()));
        // The demo has users; the tests that save templates act as its admin.
        QVERIFY(m_workspace->signIn(u"ada"_s, DemoWorkspace::password()).isOk());
        ProductQuery query;
        query.limit = 10;
        const QList<ProductRow> rows = m_workspace->products(query);
        QVERIFY(rows.size() > 4);
        m_sku = rows.at(4).sku;
    }

    void init()
    {
        m_host = std::make_unique<QWidget>();
        auto* layout = new QHBoxLayout(m_host.get());
        m_editor = new RecordEditor(m_host.get());
        m_panel = new PreviewPanel(m_host.get());
        layout->addWidget(m_editor, 1);
        layout->addWidget(m_panel, 1);
        m_editor->setWorkspace(m_workspace.get());
        m_panel->attach(m_editor);
        m_editor->showRecord(m_sku);
        m_host->resize(1600, 1000);
        m_host->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
        QTRY_VERIFY_WITH_TIMEOUT(settled(), FirstRenderingMs);
    }

    void cleanup()
    {
        // Unsaved edits go with the editor: nothing is written to the shared demo file.
        m_host.reset();
        m_editor = nullptr;
        m_panel = nullptr;
    }

    void oneTabPerChannelAndAllChannels()
    {
        auto* tabs = find<QTabWidget>(m_panel, u"previewTabs"_s);
        QVERIFY(tabs);
        const QList<Channel>& channels = m_workspace->catalog().channels;
        QCOMPARE(channels.size(), 10);
        QCOMPARE(tabs->count(), channels.size() + 1);
        QCOMPARE(tabs->tabText(0), u"All channels"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        for (int i = 0; i < channels.size(); ++i) {
            const Channel& channel = channels.at(i);
            QCOMPARE(tabs->widget(i + 1)->objectName(), u"previewTab:"_s + channel.code);
            QCOMPARE(tabs->tabText(i + 1), channel.label(u"en_US"_s));
            QVERIFY(m_panel->preview(channel.code));
            QCOMPARE(m_panel->preview(channel.code)->objectName(), u"preview:"_s + channel.code);
            // The overview has a compact preview of every channel.
            ChannelPreview* compact = m_panel->compactPreview(channel.code);
            QVERIFY(compact);
            QVERIFY(compact->isVisible());
            QVERIFY2(!compact->hasError(), qPrintable(compact->errorText()));
        }
        // A compact preview's title opens the channel's tab.
        QTest::mouseClick(find<QToolButton>(m_panel->compactPreview(u"x"_s), u"previewTitle"_s),
                          Qt::LeftButton);
        QCOMPARE(m_panel->currentChannel(), u"x"_s);
        QCOMPARE(tabs->currentWidget()->objectName(), u"previewTab:x"_s);
    }

    void showsTheRecordInEveryChannel()
    {
        const QString name = draftValue(u"name"_s, u"en_US"_s);
        QVERIFY(!name.isEmpty());
        QCOMPARE(smsText(), expected(u"sms"_s, u"en_US"_s).text(u"body"_s));
        QVERIFY(smsText().startsWith(words(name)));
        // X shows the shorter name the X channel has of its own.
        const QString xName = m_editor->document()->value(ValueKey{u"name"_s, u"en_US"_s, u"x"_s}).toString();
        QVERIFY(!xName.isEmpty());
        QVERIFY(postText(u"x"_s).startsWith(xName.toHtmlEscaped() + u':'));
        QCOMPARE(postText(u"x"_s), PostPreview::decorate(expected(u"x"_s, u"en_US"_s).text(u"post"_s),
                                                         m_panel->palette().color(QPalette::Link)));
        // Every channel rendered without an error, and its counter is what its measures say.
        for (const QString& channel : m_panel->channels()) {
            ChannelPreview* preview = m_panel->preview(channel);
            QVERIFY2(!preview->hasError(), qPrintable(preview->errorText()));
            const Rendering r = expected(channel, m_panel->localeFor(channel));
            QCOMPARE(preview->counterText(), PreviewCounters::summary(r).text);
            QCOMPARE(m_panel->compactPreview(channel)->counterText(), PreviewCounters::summary(r).text);
        }
        // The email's inbox row shows its subject; the web page is handed to the browser engine.
        m_panel->showChannel(u"newsletter"_s);
        const Rendering email = expected(u"newsletter"_s, u"en_US"_s);
        auto* subject = find<QLabel>(m_panel->preview(u"newsletter"_s), u"inboxSubject"_s);
        QVERIFY(subject);
        QVERIFY(subject->text().startsWith(email.text(u"subject"_s).left(10)));
        QCOMPARE(find<QLabel>(m_panel->preview(u"newsletter"_s), u"inboxSender"_s)->text(),
                 u"Facet Demo Store"_s);
        m_panel->showChannel(u"ecommerce"_s);
        auto* web = qobject_cast<WebPreview*>(m_panel->preview(u"ecommerce"_s)->view());
        QVERIFY(web);
        QCOMPARE(web->html(), expected(u"ecommerce"_s, u"en_US"_s).text(u"page"_s));
        QTRY_VERIFY_WITH_TIMEOUT(web->isLoaded(), 20000);
        // Print: the PDF pages when the rendering has them, else the sheet's HTML with a note saying so.
        m_panel->showChannel(u"print"_s);
        const Rendering print = expected(u"print"_s, m_panel->localeFor(u"print"_s));
        auto* sheet = qobject_cast<PrintPreview*>(m_panel->preview(u"print"_s)->view());
        QVERIFY(sheet);
        if (print.part(u"pdf"_s)) {
            QTRY_VERIFY(sheet->showsPdf());
            QCOMPARE(sheet->pageCount(), qMax(1, print.measures.value(u"pages"_s).toInt()));
        } else {
            QVERIFY(!sheet->showsPdf());
            QVERIFY(find<QLabel>(sheet, u"pdfNote"_s)->isVisible());
            QVERIFY(find<QTextBrowser>(sheet, u"sheetBrowser"_s)
                        ->toPlainText()
                        .contains(draftValue(u"name"_s, m_panel->localeFor(u"print"_s))));
        }
        // The feed's XML is shown as the channel renders it (toPlainText() turns no-break spaces into
        // spaces).
        const Rendering feed = expected(u"google_feed"_s, u"en_US"_s);
        const RenderedPart* whole = feed.part(u"feed"_s);
        const QString xml = whole ? whole->text() : feed.text(u"item"_s);
        // A feed shows the published links, not embedded pictures.
        QVERIFY(!xml.contains(u"data:"_s));
        QCOMPARE(find<QPlainTextEdit>(m_panel->preview(u"google_feed"_s), u"feedXml"_s)->toPlainText(),
                 QString(xml).replace(QChar::Nbsp, u' '));
    }

    void typingUpdatesSmsAndXWithinASecond()
    {
        // The demo shortens names for X in a value of the X channel's own, which wins over the common name.
        const ValueKey xName{u"name"_s, u"en_US"_s, u"x"_s};
        const QString shortName = m_editor->document()->value(xName).toString();
        QVERIFY(!shortName.isEmpty());
        QVERIFY(postText(u"x"_s).contains(shortName.toHtmlEscaped()));
        m_editor->document()->setValue(xName, QJsonValue());
        QTRY_VERIFY_WITH_TIMEOUT(postText(u"x"_s).contains(draftValue(u"name"_s, u"en_US"_s).toHtmlEscaped()),
                                 TypingMs);
        QTRY_VERIFY(!m_panel->isUpdating());

        auto* field = find<QLineEdit>(m_editor, u"value:name-en_US"_s);
        QVERIFY(field);
        const QString xCounter = m_panel->preview(u"x"_s)->counterText();
        QSignalSpy updates(m_panel, &PreviewPanel::updated);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, TypedName);
        QCOMPARE(draftValue(u"name"_s, u"en_US"_s), TypedName);
        // Typing never waits for a rendering: every keystroke reached the draft at once, and the counters
        // shown meanwhile say they are being updated.
        QVERIFY(m_panel->isUpdating());
        QCOMPARE(find<QLabel>(m_panel, u"previewStatus"_s)->text(), u"Updating…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(smsText().contains(TypedName), TypingMs);
        QTRY_VERIFY_WITH_TIMEOUT(postText(u"x"_s).contains(TypedName), TypingMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isUpdating(), TypingMs);
        QCOMPARE(smsText(), expected(u"sms"_s, u"en_US"_s).text(u"body"_s));
        QCOMPARE(m_panel->compactPreview(u"sms"_s)->findChild<QLabel*>(u"smsBubble"_s)->text(), smsText());
        // The counters follow the new text exactly; a new name changes them whenever the channel counts.
        const Rendering sms = expected(u"sms"_s, u"en_US"_s);
        const Rendering x = expected(u"x"_s, u"en_US"_s);
        QCOMPARE(m_panel->preview(u"sms"_s)->counterText(), PreviewCounters::summary(sms).text);
        QCOMPARE(m_panel->preview(u"x"_s)->counterText(), PreviewCounters::summary(x).text);
        QCOMPARE(m_panel->compactPreview(u"x"_s)->counterText(), PreviewCounters::summary(x).text);
        if (x.measures.contains(u"weighted_length"_s))
            QVERIFY(m_panel->preview(u"x"_s)->counterText() != xCounter);
        // Sixteen keystrokes, rendered once the typing paused: not a rendering per keystroke.
        QVERIFY2(updates.size() <= 2, qPrintable(QString::number(updates.size())));
        // Nothing older arrives afterwards.
        QTest::qWait(400);
        QVERIFY(smsText().contains(TypedName));

        // The X channel's own name, typed into its own field, wins again.
        auto* xField = find<QLineEdit>(m_editor, u"value:name-en_US-x"_s);
        if (!xField) {
            m_editor->document()->undoStack()->undo();
            m_editor->document()->undoStack()->undo();
            QTRY_VERIFY(xField = m_editor->findChild<QLineEdit*>(u"value:name-en_US-x"_s));
        }
        xField->setFocus();
        xField->selectAll();
        QTest::keyClicks(xField, u"Short"_s);
        QTRY_VERIFY_WITH_TIMEOUT(postText(u"x"_s).startsWith(u"Short:"_s), TypingMs);
    }

    void editingThroughTheDocumentUpdatesTheOverview()
    {
        m_editor->document()->setValue(ValueKey{u"name"_s, u"en_US"_s, {}}, TypedName);
        auto* compactSms = find<QLabel>(m_panel->compactPreview(u"sms"_s), u"smsBubble"_s);
        QTRY_VERIFY_WITH_TIMEOUT(compactSms->text().contains(TypedName), TypingMs);
        QVERIFY(smsText().contains(TypedName));
        m_editor->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!compactSms->text().contains(TypedName), TypingMs);
        QTRY_COMPARE(smsText(), expected(u"sms"_s, u"en_US"_s).text(u"body"_s));
        QVERIFY(smsText().startsWith(words(draftValue(u"name"_s, u"en_US"_s))));
    }

    void countersTurnRedPastTheLimit()
    {
        ChannelPreview* sms = m_panel->preview(u"sms"_s);
        ChannelPreview* x = m_panel->preview(u"x"_s);
        auto* smsCounter = find<QLabel>(sms, u"previewCounter"_s);
        QVERIFY(!sms->isCounterOver());
        QVERIFY(!x->isCounterOver());
        QCOMPARE(smsCounter->palette().color(QPalette::WindowText), editorPalette::normal(smsCounter));

        // With a tagline of 540 characters the message takes five segments; the demo's channel allows three.
        const QString longText = u"Quiet "_s.repeated(90);
        m_editor->document()->setValue(ValueKey{u"tagline"_s, u"en_US"_s, {}}, longText);
        QTRY_VERIFY_WITH_TIMEOUT(sms->isCounterOver(), TypingMs);
        QTRY_VERIFY(!m_panel->isUpdating());
        const Rendering long_ = expected(u"sms"_s, u"en_US"_s);
        QCOMPARE(long_.measures.value(u"segments"_s).toInt(), 5);
        QCOMPARE(sms->counterText(), PreviewCounters::summary(long_).text);
        QVERIFY(sms->counterText().startsWith(u"GSM-7 · 5 segments · "_s));
        QVERIFY(sms->counterText().endsWith(u"/765"_s)); // 5 × 153 septets
        QCOMPARE(smsCounter->palette().color(QPalette::WindowText), previewPalette::error(smsCounter));
        QVERIFY(std::any_of(sms->findingsList()->findings().cbegin(), sms->findingsList()->findings().cend(),
                            [](const Finding& f) {
                                return f.rule == u"sms.segments" && f.severity == Finding::Severity::Error;
                            }));
        QVERIFY(m_panel->compactPreview(u"sms"_s)->isCounterOver());

        // The X channel's own name, too long for a post.
        m_editor->document()->setValue(ValueKey{u"name"_s, u"en_US"_s, u"x"_s}, longText.left(300));
        QTRY_VERIFY_WITH_TIMEOUT(x->isCounterOver(), TypingMs);
        QTRY_VERIFY(!m_panel->isUpdating());
        QCOMPARE(x->counterText(), PreviewCounters::summary(expected(u"x"_s, u"en_US"_s)).text);

        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!sms->isCounterOver() && !x->isCounterOver(), TypingMs);
        QTRY_COMPARE(smsCounter->palette().color(QPalette::WindowText), editorPalette::normal(smsCounter));
    }

    void templateErrorReplacesThePreview()
    {
        m_panel->showChannel(u"sms"_s);
        ChannelPreview* sms = m_panel->preview(u"sms"_s);
        QVERIFY(!sms->hasError());
        // It compiles, so the workspace stores it; it fails only when rendered.
        Status status;
        QVERIFY2(m_workspace->saveTemplate(u"sms"_s, u"body"_s, u"{% include \"no-such-part.txt\" %}"_s,
                                           u"tester"_s, &status),
                 qPrintable(status.message()));
        QTRY_VERIFY_WITH_TIMEOUT(sms->hasError(), 5000);
        QVERIFY(sms->errorText().contains(u"no-such-part"_s));
        QVERIFY(find<QLabel>(sms, u"previewError"_s)->isVisible());
        // No picture and no numbers from before the error.
        QCOMPARE(smsText(), QString());
        QVERIFY(!sms->view()->isVisible());
        QCOMPARE(sms->counterText(), QString());
        QVERIFY(!sms->findingsList()->isVisible());
        QVERIFY(m_panel->compactPreview(u"sms"_s)->hasError());
        // Other channels are untouched.
        QVERIFY(!m_panel->preview(u"x"_s)->hasError());
        QVERIFY(!postText(u"x"_s).isEmpty());

        QVERIFY2(m_workspace->saveTemplate(u"sms"_s, u"body"_s,
                                           TemplateSlot::defaultSource(u"sms"_s, u"body"_s), u"tester"_s,
                                           &status),
                 qPrintable(status.message()));
        QTRY_VERIFY_WITH_TIMEOUT(!sms->hasError(), 5000);
        QTRY_VERIFY(!smsText().isEmpty());
        QCOMPARE(smsText(), expected(u"sms"_s, u"en_US"_s).text(u"body"_s));
    }

    void clickingAFindingFocusesItsField()
    {
        // A tagline the X channel requires, emptied: its completeness finding names the attribute.
        m_editor->document()->setValue(ValueKey{u"tagline"_s, u"en_US"_s, {}}, QString());
        m_panel->showChannel(u"x"_s);
        FindingsList* list = m_panel->preview(u"x"_s)->findingsList();
        auto tagline = [list] {
            for (int row = 0; row < list->count(); ++row)
                if (list->findings().at(list->item(row)->data(Qt::UserRole).toInt()).attribute == u"tagline")
                    return list->item(row);
            return static_cast<QListWidgetItem*>(nullptr);
        };
        QTRY_VERIFY_WITH_TIMEOUT(tagline() != nullptr, TypingMs);
        QVERIFY(list->isVisible());
        QListWidgetItem* item = tagline();
        QCOMPARE(list->findings().at(item->data(Qt::UserRole).toInt()).severity, Finding::Severity::Error);
        // Errors come first.
        QCOMPARE(list->findings().first().severity, Finding::Severity::Error);

        m_host->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
        auto* field = find<QLineEdit>(m_editor, u"value:tagline-en_US"_s);
        QVERIFY(field);
        QVERIFY(!field->hasFocus());
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QTRY_VERIFY(field->hasFocus());

        // The editor picks the most specific field there is: X has a German name of its own, SMS has not.
        QVERIFY(m_editor->focusValue(u"name"_s, u"de_DE"_s, u"x"_s));
        QVERIFY(find<QLineEdit>(m_editor, u"value:name-de_DE-x"_s)->hasFocus());
        QVERIFY(m_editor->focusValue(u"name"_s, u"de_DE"_s, u"sms"_s));
        QVERIFY(find<QLineEdit>(m_editor, u"value:name-de_DE"_s)->hasFocus());
        QVERIFY(m_editor->focusValue(u"ean"_s, u"de_DE"_s));
        QVERIFY(find<QLineEdit>(m_editor, u"value:ean"_s)->hasFocus());
        QVERIFY(!m_editor->focusValue(u"no_such_attribute"_s, u"en_US"_s));
    }

    void switchingLocaleChangesTheText()
    {
        auto* box = find<QComboBox>(m_panel, u"previewLocale"_s);
        QVERIFY(box);
        // The overview offers every locale; a channel only its own.
        QCOMPARE(box->count(), 3);
        m_panel->showChannel(u"sms"_s);
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->itemData(0).toString(), u"en_US"_s);
        QCOMPARE(box->itemData(1).toString(), u"de_DE"_s);
        QCOMPARE(box->currentData().toString(), u"en_US"_s);
        const QString german = draftValue(u"name"_s, u"de_DE"_s);
        QVERIFY(!german.isEmpty());
        QVERIFY(german != draftValue(u"name"_s, u"en_US"_s));

        box->setCurrentIndex(1);
        Q_EMIT box->activated(1);
        QCOMPARE(m_panel->locale(), u"de_DE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(smsText().startsWith(words(german)), TypingMs);
        QTRY_COMPARE(smsText(), expected(u"sms"_s, u"de_DE"_s).text(u"body"_s));
        QCOMPARE(find<QToolButton>(m_panel->compactPreview(u"sms"_s), u"previewTitle"_s)->text(),
                 u"SMS promotions · de_DE"_s);
        // Instagram has no German: it stays in its first locale, and says which.
        QCOMPARE(m_panel->localeFor(u"instagram"_s), u"en_US"_s);
        QCOMPARE(find<QToolButton>(m_panel->compactPreview(u"instagram"_s), u"previewTitle"_s)->text(),
                 u"Instagram · en_US"_s);
        m_panel->showChannel(u"instagram"_s);
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentData().toString(), u"en_US"_s);
        QTRY_VERIFY(postText(u"instagram"_s).contains(draftValue(u"name"_s, u"en_US"_s).toHtmlEscaped()));
    }

    void webPreviewSwitchesToMobileWidth()
    {
        m_panel->showChannel(u"ecommerce"_s);
        auto* web = qobject_cast<WebPreview*>(m_panel->preview(u"ecommerce"_s)->view());
        QVERIFY(web);
        QVERIFY(web->usesBrowserEngine());
        QTRY_VERIFY_WITH_TIMEOUT(web->isLoaded(), 20000);
        auto* frame = find<QWidget>(web, u"deviceFrame"_s);
        const int desktopWidth = frame->width();
        QVERIFY(!web->isMobile());
        QTest::mouseClick(find<QToolButton>(m_panel->preview(u"ecommerce"_s), u"widthMobile"_s),
                          Qt::LeftButton);
        QVERIFY(web->isMobile());
        QVERIFY(frame->width() < desktopWidth);
        QVERIFY(frame->width() <= WebPreview::MobileWidth + 20);
        QTest::mouseClick(find<QToolButton>(m_panel->preview(u"ecommerce"_s), u"widthDesktop"_s),
                          Qt::LeftButton);
        QVERIFY(!web->isMobile());
        QCOMPARE(frame->width(), desktopWidth);
    }

    void followsTheDarkPalette()
    {
        const QPalette light = QApplication::palette();
        auto* sender = find<QLabel>(m_panel->compactPreview(u"newsletter"_s), u"inboxSender"_s);
        auto* bubble = find<QLabel>(m_panel->compactPreview(u"sms"_s), u"smsBubble"_s);
        QVERIFY(sender && bubble);
        QVERIFY(bubble->styleSheet().contains(u"#e9e9eb"_s));
        QApplication::setPalette(Theme::darkPalette());
        // Text painted on the previews' own surfaces stays readable, style sheets included.
        QTRY_VERIFY(sender->palette().color(QPalette::WindowText).lightness() > 200);
        QTRY_VERIFY(bubble->styleSheet().contains(u"#3a3a3c"_s));
        QVERIFY(
            find<QLabel>(m_panel->preview(u"sms"_s), u"smsBubble"_s)->styleSheet().contains(u"#3a3a3c"_s));
        QApplication::setPalette(light);
        QTRY_VERIFY(bubble->styleSheet().contains(u"#e9e9eb"_s));
    }

    void reRenderingKeepsTheScrollPosition()
    {
        m_panel->showChannel(u"ecommerce"_s);
        auto* web = qobject_cast<WebPreview*>(m_panel->preview(u"ecommerce"_s)->view());
        web->setMobile(true); // a long page at a phone's width
        QTRY_VERIFY_WITH_TIMEOUT(web->isLoaded(), 20000);
        web->scrollTo(QPointF(0, 300));
        QTRY_COMPARE(web->scrollPosition().y(), 300.0);
        m_editor->document()->setValue(ValueKey{u"tagline"_s, u"en_US"_s, {}}, u"Changed while reading"_s);
        QTRY_VERIFY_WITH_TIMEOUT(web->html().contains(u"Changed while reading"_s), TypingMs);
        QTRY_VERIFY_WITH_TIMEOUT(web->isLoaded(), 20000);
        QTRY_COMPARE(web->scrollPosition().y(), 300.0);
    }

    void degradesVisiblyWithoutTheBrowserEngine()
    {
        qputenv("FACET_NO_WEBENGINE", "1");
        const auto restore = qScopeGuard([] { qunsetenv("FACET_NO_WEBENGINE"); });
        PreviewPanel panel;
        panel.resize(900, 800);
        panel.attach(m_editor);
        panel.show();
        panel.showChannel(u"ecommerce"_s);
        auto* web = qobject_cast<WebPreview*>(panel.preview(u"ecommerce"_s)->view());
        QVERIFY(web);
        QVERIFY(!web->usesBrowserEngine());
        QTRY_VERIFY_WITH_TIMEOUT(web->isLoaded(), FirstRenderingMs);
        // A simpler rendering of the same page, and a note saying so.
        QVERIFY(find<QTextBrowser>(web, u"webFallback"_s)
                    ->toPlainText()
                    .contains(draftValue(u"tagline"_s, u"en_US"_s)));
        QVERIFY(find<QLabel>(web, u"browserNote"_s)->isVisible());
        QVERIFY(find<QLabel>(web, u"browserNote"_s)->text().contains(u"FACET_NO_WEBENGINE"_s));
    }

    void windowShowsPreviewsBesideTheEditor()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        PreviewPanel* panel = window.previewPanel();
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), u"previewPanel"_s);
        QVERIFY(panel->isVisible());
        // To the right of the editor.
        QVERIFY(panel->mapTo(&window, QPoint()).x() > window.recordEditor()->mapTo(&window, QPoint()).x());
        auto* toggle = window.findChild<QAction*>(u"togglePreviewsAction"_s);
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
        QCOMPARE(toggle->text().remove(u'&'), u"Channel previews"_s);
        toggle->trigger();
        QVERIFY(!panel->isVisible());
        toggle->trigger();
        QVERIFY(panel->isVisible());

        // It follows the selected product.
        QVERIFY(window.selectProduct(m_sku));
        auto* bubble = panel->preview(u"sms"_s)->findChild<QLabel*>(u"smsBubble"_s);
        const QString sms = expectedFor(*m_workspace->record(m_sku), u"sms"_s, u"en_US"_s).text(u"body"_s);
        QVERIFY(!sms.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(bubble->text(), sms, FirstRenderingMs);
        ProductQuery query;
        query.limit = 1;
        const QString first = m_workspace->products(query).first().sku;
        QVERIFY(window.selectProduct(first));
        const QString other = expectedFor(*m_workspace->record(first), u"sms"_s, u"en_US"_s).text(u"body"_s);
        QVERIFY(other != sms);
        QTRY_COMPARE_WITH_TIMEOUT(bubble->text(), other, TypingMs);

        // Hidden previews do no work while the user edits, and catch up when shown again.
        toggle->trigger();
        window.recordEditor()->document()->setValue(ValueKey{u"name"_s, u"en_US"_s, {}}, TypedName);
        QTest::qWait(PreviewRenderer::DebounceMs * 2);
        QVERIFY(!panel->isUpdating());
        QCOMPARE(bubble->text(), other);
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(bubble->text().startsWith(TypedName), TypingMs);
        window.recordEditor()->setSaveQuestion([](const QString&) { return QMessageBox::Discard; });
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestPreviews)
#include "tst_previews.moc"
