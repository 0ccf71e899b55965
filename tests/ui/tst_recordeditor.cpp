// SPDX-License-Identifier: GPL-3.0-or-later
// The record editor driven as a user would: by objectName, with the keyboard, against a real workspace file.
#include "models/storage/Workspace.h"
#include "tests/common/FileDigest.h"
#include "tests/common/TestCatalog.h"
#include "ui/editor/RecordEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace facet;
using facet::test::fileDigest;

namespace {

} // namespace

class TestRecordEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordEditor> m_editor;

    template <typename T> T* find(const QString& name) const { return m_editor->findChild<T*>(name); }

    QJsonValue savedValue(const ValueKey& key) const
    {
        Status status;
        auto other = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &status);
        if (!other)
            return {};
        return other->record(QStringLiteral("KET-0001"))->value(key);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(QStringLiteral("%1.facet").arg(QString::fromLatin1(QTest::currentTestFunction())));
        Status status;
        m_workspace = Workspace::open(m_path, Workspace::OpenMode::Create, &status);
        QVERIFY2(m_workspace, qPrintable(status.message()));
        QVERIFY(m_workspace->saveStructure(test::smallCatalog()).isOk());
        QVERIFY(m_workspace->saveRecord(test::kettle(1)).isOk());
        m_editor = std::make_unique<RecordEditor>();
        m_editor->resize(1100, 900);
        m_editor->setWorkspace(m_workspace.get());
        m_editor->showRecord(QStringLiteral("KET-0001"));
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_workspace.reset();
    }

    void showsTheRecord()
    {
        QCOMPARE(m_editor->objectName(), QStringLiteral("recordEditor"));
        QCOMPARE(m_editor->currentSku(), QStringLiteral("KET-0001"));
        QVERIFY(!m_editor->isModified());
        QCOMPARE(find<QLabel>(QStringLiteral("productLabel"))->text(), QStringLiteral("Kettle 1"));
        QVERIFY(find<QLabel>(QStringLiteral("productDetails"))->text().contains(QStringLiteral("KET-0001")));
        QVERIFY(!find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!find<QLabel>(QStringLiteral("modifiedMarker"))->isVisible());
        QCOMPARE(find<QLineEdit>(QStringLiteral("value:name-de_DE"))->text(),
                 QStringLiteral("Wasserkocher 1 grün"));
        QVERIFY(find<QTextEdit>(QStringLiteral("value:description-en_US"))
                    ->toPlainText()
                    .contains(QStringLiteral("fast")));
        QVERIFY(find<QTextEdit>(QStringLiteral("value:description-de_DE"))->toPlainText().isEmpty());
        QCOMPARE(find<QLineEdit>(QStringLiteral("value:ean"))->text(),
                 test::kettle(1).value({QStringLiteral("ean"), {}, {}}).toString());
        // A compound editor's first field carries the value's name, the others their own.
        QCOMPARE(find<QLineEdit>(QStringLiteral("value:price"))->text(), QStringLiteral("39.90"));
        QVERIFY(find<QLineEdit>(QStringLiteral("price:USD"))->text().isEmpty());
        QVERIFY(find<QLineEdit>(QStringLiteral("value:sku"))->isReadOnly());
        // Groups by sort order: marketing above technical.
        QWidget* marketing = find<QWidget>(QStringLiteral("section:marketing"));
        QWidget* technical = find<QWidget>(QStringLiteral("section:technical"));
        QVERIFY(marketing && technical);
        QVERIFY(marketing->y() < technical->y());
        QVERIFY(technical->isAncestorOf(find<QWidget>(QStringLiteral("value:weight"))));

        m_editor->showRecord(QString());
        QCOMPARE(m_editor->currentSku(), QString());
        QVERIFY(!find<QWidget>(QStringLiteral("value:name-de_DE")));
    }

    void editUndoRedoSaveReopen()
    {
        QSignalSpy modified(m_editor.get(), &RecordEditor::modifiedChanged);
        QSignalSpy saved(m_editor.get(), &RecordEditor::recordSaved);
        auto* german = find<QTextEdit>(QStringLiteral("value:description-de_DE"));
        QVERIFY(german);
        german->setFocus();
        QTest::keyClicks(german, QStringLiteral("Leise"));
        QVERIFY(m_editor->isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(find<QLabel>(QStringLiteral("modifiedMarker"))->isVisible());
        QVERIFY(find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
        QCOMPARE(m_editor->undoStack()->count(), 1); // five keystrokes, one undo step

        m_editor->undoStack()->undo();
        QCOMPARE(german->toPlainText(), QString());
        QVERIFY(!m_editor->isModified());
        m_editor->undoStack()->redo();
        QCOMPARE(german->toPlainText(), QStringLiteral("Leise"));
        QVERIFY(m_editor->isModified());

        QVERIFY(m_editor->save());
        QVERIFY(!m_editor->isModified());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("KET-0001"));
        QCOMPARE(savedValue({QStringLiteral("description"), QStringLiteral("de_DE"), {}}).toString(),
                 QStringLiteral("<p>Leise</p>"));
    }

    void boldFromTheToolbarIsSavedAsTheSubset()
    {
        auto* german = find<QTextEdit>(QStringLiteral("value:description-de_DE"));
        german->setFocus();
        QTest::keyClicks(german, QStringLiteral("Sehr "));
        QTest::keyClick(german, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(german, QStringLiteral("leise"));
        QVERIFY(m_editor->save());
        QCOMPARE(savedValue({QStringLiteral("description"), QStringLiteral("de_DE"), {}}).toString(),
                 QStringLiteral("<p>Sehr <strong>leise</strong></p>"));
    }

    void ctrlZInAFieldUndoesTheRecord()
    {
        auto* name = find<QLineEdit>(QStringLiteral("value:name-en_US"));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" Pro"));
        QCOMPARE(name->text(), QStringLiteral("Kettle 1 Pro"));
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name->text(), QStringLiteral("Kettle 1"));
        QVERIFY(!m_editor->isModified());
    }

    void completenessFollowsTyping()
    {
        auto* bar = find<QProgressBar>(QStringLiteral("completeness:web-de_DE"));
        auto* missing = find<QLabel>(QStringLiteral("missing:web-de_DE"));
        QVERIFY(bar && missing);
        const int before = bar->value();
        QVERIFY(before < 100);
        QVERIFY(missing->text().contains(QStringLiteral("description")));
        auto* german = find<QTextEdit>(QStringLiteral("value:description-de_DE"));
        german->setFocus();
        QTest::keyClicks(german, QStringLiteral("K"));
        QVERIFY(bar->value() > before);
        QVERIFY(!missing->text().contains(QStringLiteral("description")));
        QCOMPARE(bar->value(), 100);
        // The print channel also needs the weight, which is still missing.
        auto* print = find<QProgressBar>(QStringLiteral("completeness:print-de_DE"));
        QVERIFY(print->value() < 100);
        QVERIFY(
            find<QLabel>(QStringLiteral("missing:print-de_DE"))->text().contains(QStringLiteral("weight")));
        m_editor->undoStack()->undo();
        QCOMPARE(bar->value(), before);
    }

    void invalidInputIsNamedAndNothingIsWritten()
    {
        const QByteArray before = fileDigest(m_path);
        auto* name = find<QLineEdit>(QStringLiteral("value:name-de_DE"));
        name->setFocus();
        name->clear();
        QTest::keyClicks(name, QString(41, u'x'));
        auto* cell = find<QWidget>(QStringLiteral("cell:name-de_DE"));
        auto* rule = cell->findChild<QLabel*>(QStringLiteral("ruleMessage"));
        QVERIFY(rule->isVisible());
        QVERIFY(rule->text().contains(QStringLiteral("max_length")));
        QCOMPARE(cell->findChild<QLabel*>(QStringLiteral("counter"))->text(), QStringLiteral("41/40"));

        QVERIFY(!m_editor->save());
        auto* banner = find<QLabel>(QStringLiteral("saveErrorBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("max_length")));
        QVERIFY(m_editor->isModified());
        QCOMPARE(fileDigest(m_path), before);

        m_editor->undoStack()->undo();
        QVERIFY(!rule->isVisible());
    }

    void gtinCheckDigitFeedback()
    {
        auto* ean = find<QLineEdit>(QStringLiteral("value:ean"));
        auto* feedback = find<QLabel>(QStringLiteral("gtinFeedback"));
        QVERIFY(feedback->text().contains(QStringLiteral("valid")));
        ean->setFocus();
        ean->selectAll();
        QTest::keyClicks(ean, QStringLiteral("4006381333930")); // the right check digit is 1
        QVERIFY(feedback->text().contains(QStringLiteral("check digit should be 1")));
        QVERIFY(find<QWidget>(QStringLiteral("cell:ean"))
                    ->findChild<QLabel*>(QStringLiteral("ruleMessage"))
                    ->isVisible());
        QTest::keyClick(ean, Qt::Key_Backspace);
        QTest::keyClick(ean, Qt::Key_1);
        QVERIFY(feedback->text().contains(QStringLiteral("valid GTIN-13")));
    }

    void channelOverrideAddEditRemove()
    {
        const ValueKey printKey{QStringLiteral("description"), QStringLiteral("de_DE"),
                                QStringLiteral("print")};
        QVERIFY(!find<QWidget>(QStringLiteral("value:description-de_DE-print")));
        auto* add = find<QToolButton>(QStringLiteral("addOverride:description-de_DE"));
        QVERIFY(add);
        QAction* print = add->menu()->findChild<QAction*>(QStringLiteral("addOverride:print"));
        QVERIFY(print);
        print->trigger();
        auto* override = find<QTextEdit>(QStringLiteral("value:description-de_DE-print"));
        QVERIFY(override);
        QVERIFY(!m_editor->isModified()); // an empty override is not in the record yet
        QTest::keyClicks(override, QStringLiteral("Katalogtext"));
        QVERIFY(m_editor->isModified());
        QVERIFY(m_editor->save());
        QCOMPARE(savedValue(printKey).toString(), QStringLiteral("<p>Katalogtext</p>"));

        auto* row = find<QWidget>(QStringLiteral("override:description-de_DE-print"));
        row->findChild<QToolButton*>(QStringLiteral("removeOverride"))->click();
        QTRY_VERIFY(!find<QWidget>(QStringLiteral("override:description-de_DE-print")));
        QVERIFY(m_editor->isModified());
        m_editor->undoStack()->undo();
        QVERIFY(find<QTextEdit>(QStringLiteral("value:description-de_DE-print")));
        QVERIFY(!m_editor->isModified());
    }

    void otherValueTypes()
    {
        auto* color = find<QComboBox>(QStringLiteral("value:color"));
        QCOMPARE(color->itemText(1), QStringLiteral("Red"));
        color->setFocus();
        QTest::keyClick(color, Qt::Key_Down);
        auto* refurbished = find<QCheckBox>(QStringLiteral("value:refurbished"));
        refurbished->click();
        auto* weight = find<QLineEdit>(QStringLiteral("value:weight"));
        weight->setFocus();
        QTest::keyClicks(weight, QStringLiteral("1.5"));
        auto* usd = find<QLineEdit>(QStringLiteral("price:USD"));
        usd->setFocus();
        QTest::keyClicks(usd, QStringLiteral("42.5"));
        QVERIFY2(m_editor->save(), qPrintable(find<QLabel>(QStringLiteral("saveErrorBanner"))->text()));
        QCOMPARE(savedValue({QStringLiteral("color"), {}, {}}).toString(), QStringLiteral("red"));
        QCOMPARE(savedValue({QStringLiteral("refurbished"), {}, {}}).toBool(), true);
        QCOMPARE(savedValue({QStringLiteral("weight"), {}, {}}).toObject().value(u"amount").toDouble(), 1.5);
        QCOMPARE(savedValue({QStringLiteral("weight"), {}, {}}).toObject().value(u"unit").toString(),
                 QStringLiteral("GRAM"));
        QCOMPARE(savedValue({QStringLiteral("price"), {}, {}}).toObject().value(u"USD").toString(),
                 QStringLiteral("42.50"));
    }

    void maybeSaveAnswers()
    {
        auto* name = find<QLineEdit>(QStringLiteral("value:name-en_US"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("!"));
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        m_editor->setSaveQuestion([&](const QString& sku) {
            asked << sku;
            return answer;
        });
        QVERIFY(!m_editor->maybeSave());
        QVERIFY(m_editor->isModified());
        QCOMPARE(asked, QStringList{QStringLiteral("KET-0001")});

        answer = QMessageBox::Discard;
        QVERIFY(m_editor->maybeSave());
        QVERIFY(!m_editor->isModified());
        QCOMPARE(find<QLineEdit>(QStringLiteral("value:name-en_US"))->text(), QStringLiteral("Kettle 1"));

        name = find<QLineEdit>(QStringLiteral("value:name-en_US"));
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("!"));
        answer = QMessageBox::Save;
        QVERIFY(m_editor->maybeSave());
        QCOMPARE(savedValue({QStringLiteral("name"), QStringLiteral("en_US"), {}}).toString(),
                 QStringLiteral("Kettle 1!"));

        asked.clear();
        QVERIFY(m_editor->maybeSave()); // nothing to ask about
        QVERIFY(asked.isEmpty());
    }

    void tabFollowsTheVisualOrder()
    {
        auto nextValue = [](QWidget* from) {
            for (QWidget* w = from->nextInFocusChain(); w && w != from; w = w->nextInFocusChain()) {
                if (w->objectName().startsWith(u"value:") && w->isVisible())
                    return w->objectName();
            }
            return QString();
        };
        QCOMPARE(nextValue(find<QWidget>(QStringLiteral("value:name-en_US"))),
                 QStringLiteral("value:name-de_DE"));
        QCOMPARE(nextValue(find<QWidget>(QStringLiteral("value:name-de_DE"))),
                 QStringLiteral("value:description-en_US"));
    }

    void externalSaveIsFollowedWhenUnmodified()
    {
        MasterRecord changed = *m_workspace->record(QStringLiteral("KET-0001"));
        changed.setValue({QStringLiteral("name"), QStringLiteral("en_US"), {}}, QStringLiteral("Kettle One"));
        QVERIFY(m_workspace->saveRecord(changed).isOk());
        QCOMPARE(find<QLineEdit>(QStringLiteral("value:name-en_US"))->text(), QStringLiteral("Kettle One"));
        QCOMPARE(find<QLabel>(QStringLiteral("productLabel"))->text(), QStringLiteral("Kettle One"));
    }

    void clearingTheWorkspace()
    {
        QUndoStack* stack = m_editor->undoStack();
        m_editor->setWorkspace(nullptr);
        QCOMPARE(m_editor->currentSku(), QString());
        QCOMPARE(m_editor->undoStack(), stack);
        QVERIFY(!m_editor->save());
    }
};

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
