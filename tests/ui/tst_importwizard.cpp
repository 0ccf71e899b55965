// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard on the offscreen platform: files, the detected mapping and preview, a dry run that writes
// nothing, then the import on its worker thread, with the report shown.
#include "models/storage/Workspace.h"
#include "tests/common/TestImages.h"
#include "ui/exchange/ImportWizard.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drivesAnImport()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        {
            Status status;
            QVERIFY(Workspace::open(ws, Workspace::OpenMode::Create, &status));
        }
        QDir().mkpath(dir.filePath(QStringLiteral("img")));
        QFile image(dir.filePath(QStringLiteral("img/a.png")));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(test::pngBytes(4));
        image.close();
        QFile products(dir.filePath(QStringLiteral("products.csv")));
        QVERIFY(products.open(QIODevice::WriteOnly));
        products.write("sku;family;name-en_US;description-de_DE-print;price;image\n"
                       "W-1;lamps;Lamp;<b>Hell</b><script>x()</script>;20 EUR;img/a.png\n"
                       "W-2;lamps;Shade;;5.50 EUR,6 USD;\n");
        products.close();

        ImportWizard wizard(ws);
        wizard.setFiles({products.fileName()});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QTableWidget* mapping = wizard.mappingTable();
        QCOMPARE(mapping->rowCount(), 6);
        QCOMPARE(mapping->item(3, 1)->text(), QStringLiteral("description-de_DE-print"));
        QCOMPARE(mapping->item(3, 3)->text(), QStringLiteral("description"));
        QCOMPARE(mapping->item(3, 4)->text(), QStringLiteral("de_DE"));
        QCOMPARE(mapping->item(3, 5)->text(), QStringLiteral("print"));
        QCOMPARE(wizard.previewTable()->rowCount(), 2);
        QCOMPARE(wizard.previewTable()->item(0, 0)->text(), QStringLiteral("W-1"));
        QCOMPARE(wizard.previewTable()->item(1, 1)->text(), QStringLiteral("lamps"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        QTest::mouseClick(wizard.dryRunButton(), Qt::LeftButton);
        QVERIFY(wizard.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY2(wizard.reportView()->toPlainText().startsWith(QStringLiteral("Dry run")),
                 qPrintable(wizard.reportView()->toPlainText()));
        QCOMPARE(wizard.lastReport().created, 2);
        QVERIFY(!wizard.workspaceChanged());
        {
            Status status;
            QCOMPARE(Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status)->productCount(), 0);
        }

        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        const QString report = wizard.reportView()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Products: 2 created, 0 updated, 0 unchanged, 0 rejected")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("markup dropped: <script>")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Assets: 1 stored")), qPrintable(report));
        QVERIFY(wizard.workspaceChanged());
        Status status;
        auto workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
        QCOMPARE(workspace->productCount(), 2);
        QCOMPARE(
            workspace->record(QStringLiteral("W-1"))
                ->value({QStringLiteral("description"), QStringLiteral("de_DE"), QStringLiteral("print")})
                .toString(),
            QStringLiteral("<b>Hell</b>"));
    }

    // The wizard imports on a connection of its own, as the user signed in on the workbench's; the
    // workspace refuses a user without the import permission and writes nothing.
    void importsAsTheSignedInUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("created");
        QTest::newRow("admin imports") << QStringLiteral("ada") << 2;
        QTest::newRow("viewer is refused") << QStringLiteral("val") << 0;
    }

    void importsAsTheSignedInUser()
    {
        QFETCH(QString, user);
        QFETCH(int, created);
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws.facet"));
        const QString password = QStringLiteral("correct horse");
        Status status;
        auto workspace = Workspace::open(ws, Workspace::OpenMode::Create, &status);
        QVERIFY2(workspace, qPrintable(status.message()));
        QVERIFY(
            workspace->addUser({QStringLiteral("ada"), {}, false, {QStringLiteral("admin")}, {}}, password)
                .isOk());
        QVERIFY(workspace->signIn(QStringLiteral("ada"), password).isOk());
        QVERIFY(
            workspace->addUser({QStringLiteral("val"), {}, false, {QStringLiteral("viewer")}, {}}, password)
                .isOk());
        QVERIFY(workspace->signIn(user, password).isOk());
        QFile products(dir.filePath(QStringLiteral("products.csv")));
        QVERIFY(products.open(QIODevice::WriteOnly));
        products.write("sku;family;name-en_US\nW-1;lamps;Lamp\nW-2;lamps;Shade\n");
        products.close();

        ImportWizard wizard(ws, workspace->session());
        wizard.setFiles({products.fileName()});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        QTest::mouseClick(wizard.importButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(wizard.lastReport().created, created);
        auto reopened = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &status);
        QCOMPARE(reopened->productCount(), qint64(created));
        QVERIFY(reopened->signIn(QStringLiteral("ada"), password).isOk());
        AuditQuery query;
        query.kinds = {QStringLiteral("import")};
        const QList<AuditEntry> imports = reopened->auditEntries(query, &status);
        QCOMPARE(imports.size(), created > 0 ? 1 : 0);
        if (created > 0)
            QCOMPARE(imports.first().actor, user);
        else
            QVERIFY2(!wizard.lastReport().failure.isEmpty(), "the refusal is reported");
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
