// SPDX-License-Identifier: GPL-3.0-or-later
// The record being edited: undoable changes that merge while typing, live completeness, and saves that
// either write everything or, when the record is invalid, nothing.
#include "models/editing/RecordDocument.h"
#include "models/storage/Workspace.h"
#include "tests/common/FileDigest.h"
#include "tests/common/TestCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace facet;
using facet::test::fileDigest;

namespace {

const ValueKey nameDe{QStringLiteral("name"), QStringLiteral("de_DE"), {}};
const ValueKey descriptionDe{QStringLiteral("description"), QStringLiteral("de_DE"), {}};

const Completeness* entry(const QList<Completeness>& entries, const char* channel, const char* locale)
{
    for (const Completeness& e : entries) {
        if (e.channel == QLatin1String(channel) && e.locale == QLatin1String(locale))
            return &e;
    }
    return nullptr;
}

} // namespace

class TestRecordDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

    void openWorkspace()
    {
        Status status;
        m_workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &status);
        QVERIFY2(m_workspace, qPrintable(status.message()));
    }

private Q_SLOTS:
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
    }

    void cleanup() { m_workspace.reset(); }

    void loadShowsTheSavedRecord()
    {
        RecordDocument document(m_workspace.get());
        QSignalSpy loaded(&document, &RecordDocument::loaded);
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(document.sku(), QStringLiteral("KET-0001"));
        QCOMPARE(document.value(nameDe).toString(), QStringLiteral("Wasserkocher 1 grün"));
        QVERIFY(!document.isModified());
        QCOMPARE(document.undoStack()->count(), 0);

        const Status missing = document.load(QStringLiteral("NOPE-1"));
        QVERIFY(!missing.isOk());
        QVERIFY(missing.message().contains(QStringLiteral("NOPE-1")));
    }

    void editUndoRedo()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        QSignalSpy changed(&document, &RecordDocument::valueChanged);
        QSignalSpy modified(&document, &RecordDocument::modifiedChanged);

        document.setValue(nameDe, QStringLiteral("Teekessel"));
        QCOMPARE(document.value(nameDe).toString(), QStringLiteral("Teekessel"));
        QVERIFY(document.isModified());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ValueKey>(), nameDe);
        QCOMPARE(modified.size(), 1);
        QCOMPARE(modified.first().first().toBool(), true);

        document.undoStack()->undo();
        QCOMPARE(document.value(nameDe).toString(), QStringLiteral("Wasserkocher 1 grün"));
        QVERIFY(!document.isModified());
        QCOMPARE(modified.last().first().toBool(), false);

        document.undoStack()->redo();
        QCOMPARE(document.value(nameDe).toString(), QStringLiteral("Teekessel"));
        QVERIFY(document.isModified());

        // Clearing removes the value from the record, and undo brings it back.
        document.setValue(nameDe, QString(), RecordDocument::Merge::Never);
        QVERIFY(!document.record().values.contains(nameDe));
        document.undoStack()->undo();
        QCOMPARE(document.value(nameDe).toString(), QStringLiteral("Teekessel"));
    }

    void settingTheSameValueIsNoStep()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        document.setValue(nameDe, QStringLiteral("Wasserkocher 1 grün"));
        document.setValue(descriptionDe, QString()); // empty and absent are the same
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void typingMergesIntoOneStep()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        const QString original = document.value(nameDe).toString();
        for (const char* text : {"T", "Te", "Tee", "Teek"})
            document.setValue(nameDe, QString::fromLatin1(text));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Change name-de_DE"));

        // Another field is another step, and so is the same field after the focus left it.
        document.setValue(descriptionDe, QStringLiteral("<p>Leise</p>"));
        QCOMPARE(document.undoStack()->count(), 2);
        document.setValue(nameDe, QStringLiteral("Teeke"));
        QCOMPARE(document.undoStack()->count(), 3);
        document.endTyping();
        document.setValue(nameDe, QStringLiteral("Teekes"));
        QCOMPARE(document.undoStack()->count(), 4);

        // Picks from a list never merge.
        const ValueKey color{QStringLiteral("color"), {}, {}};
        document.setValue(color, QStringLiteral("red"), RecordDocument::Merge::Never);
        document.setValue(color, QStringLiteral("green"), RecordDocument::Merge::Never);
        QCOMPARE(document.undoStack()->count(), 6);

        document.undoStack()->setIndex(0);
        QCOMPARE(document.value(nameDe).toString(), original);
        QVERIFY(!document.record().values.contains(color));
        QVERIFY(!document.isModified());
    }

    void typingBackToTheStartLeavesNothingToUndo()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        const QString original = document.value(nameDe).toString();
        document.setValue(nameDe, QString(original + u'x'));
        document.setValue(nameDe, original);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void completenessFollowsTheDraft()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        const Completeness* web = entry(document.completeness(), "web", "de_DE");
        QVERIFY(web);
        QVERIFY(web->missing.contains(QStringLiteral("description")));
        const int before = web->percent();

        QSignalSpy spy(&document, &RecordDocument::completenessChanged);
        document.setValue(descriptionDe, QStringLiteral("<p>Kocht <b>schnell</b>.</p>"));
        QVERIFY(spy.size() >= 1);
        web = entry(document.completeness(), "web", "de_DE");
        QVERIFY(!web->missing.contains(QStringLiteral("description")));
        QVERIFY(web->percent() > before);
        // Not saved yet: the workspace still has the old figure.
        const auto saved = m_workspace->completeness(QStringLiteral("KET-0001"));
        QVERIFY(entry(saved, "web", "de_DE")->missing.contains(QStringLiteral("description")));

        document.undoStack()->undo();
        QVERIFY(
            entry(document.completeness(), "web", "de_DE")->missing.contains(QStringLiteral("description")));
    }

    void saveWritesAndMarksClean()
    {
        {
            RecordDocument document(m_workspace.get());
            QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
            QSignalSpy saved(&document, &RecordDocument::saved);
            document.setValue(descriptionDe, QStringLiteral("<p>Kocht <b>schnell</b>.</p>"));
            document.setValue(
                {QStringLiteral("description"), QStringLiteral("de_DE"), QStringLiteral("print")},
                QStringLiteral("<p>Für den Katalog.</p>"));
            const Status status = document.save();
            QVERIFY2(status.isOk(), qPrintable(status.message()));
            QVERIFY(!document.isModified());
            QCOMPARE(saved.size(), 1);
            // Undo after a save is possible and makes the draft differ from the file again.
            document.undoStack()->undo();
            QVERIFY(document.isModified());
        }
        m_workspace.reset();
        openWorkspace();
        RecordDocument reopened(m_workspace.get());
        QVERIFY(reopened.load(QStringLiteral("KET-0001")).isOk());
        QCOMPARE(reopened.value(descriptionDe).toString(), QStringLiteral("<p>Kocht <b>schnell</b>.</p>"));
        QCOMPARE(
            reopened.value({QStringLiteral("description"), QStringLiteral("de_DE"), QStringLiteral("print")})
                .toString(),
            QStringLiteral("<p>Für den Katalog.</p>"));
        QVERIFY(!entry(m_workspace->completeness(QStringLiteral("KET-0001")), "web", "de_DE")
                     ->missing.contains(QStringLiteral("description")));
    }

    void invalidRecordIsNotWritten()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        const QByteArray before = fileDigest(m_path);
        document.setValue(nameDe, QString(41, u'x')); // the name allows 40 characters
        const QList<ValidationError> errors = document.validationErrors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().rule, QStringLiteral("max_length"));
        QCOMPARE(errors.first().locale, QStringLiteral("de_DE"));

        const Status status = document.save();
        QVERIFY(!status.isOk());
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        QVERIFY(status.message().contains(QStringLiteral("max_length")));
        QVERIFY(document.isModified()); // nothing was saved, so the edit is still pending
        QCOMPARE(fileDigest(m_path), before);
        QCOMPARE(m_workspace->record(QStringLiteral("KET-0001"))->value(nameDe).toString(),
                 QStringLiteral("Wasserkocher 1 grün"));
    }

    void clearingTheWorkspaceForgetsTheDraft()
    {
        RecordDocument document(m_workspace.get());
        QVERIFY(document.load(QStringLiteral("KET-0001")).isOk());
        document.setValue(nameDe, QStringLiteral("Teekessel"));
        QUndoStack* stack = document.undoStack();
        document.setWorkspace(nullptr);
        QVERIFY(!document.isLoaded());
        QVERIFY(!document.isModified());
        QCOMPARE(document.undoStack(), stack);
        QVERIFY(!document.save().isOk());
        document.setValue(nameDe, QStringLiteral("ignored"));
        QCOMPARE(stack->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordDocument)
#include "tst_recorddocument.moc"
