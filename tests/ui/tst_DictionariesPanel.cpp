// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "DictionariesPanel.h"
#include "Prompter.h"
#include "SettingsPage.h"
#include "UiTestSupport.h"
#include "dictionaries/NodeDictionaries.h"
#include "domain/Lead.h"
#include "leads/LeadForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace gs;
using namespace gs::test;

namespace {

const QString kSentinel = QStringLiteral("li.sentinel");
const QString kPassword = QStringLiteral("Sentinel-2026-pass");

std::unique_ptr<Session> signIn(const TestNode& node, const QString& user, const QString& password)
{
    auto session = Vault::unlock(node.path, user, password);
    if (!session)
        qFatal("unlock failed: %s", qPrintable(session.error().message));
    return std::move(session.value());
}

/// Types `text` into the open editor of `view` and commits it with Enter.
void typeIntoEditor(QAbstractItemView* view, const QString& text)
{
    QWidget* editor = nullptr; // the open editor, not a cell widget such as the field combo boxes
    for (QWidget* w : view->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->isVisible() && (qobject_cast<QDoubleSpinBox*>(w) || qobject_cast<QLineEdit*>(w)))
            editor = w;
    }
    QVERIFY(editor);
    const QPointer<QWidget> closed(editor);
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_VERIFY(!closed); // the delegate commits and closes queued
        return;
    }
    auto* edit = qobject_cast<QLineEdit*>(editor);
    QVERIFY(edit);
    edit->selectAll();
    edit->insert(text); // as an input method would: QTest::keyClicks only types Latin-1
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!closed);
}

} // namespace

class tst_DictionariesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void supervisorEditsAndValuesPersist()
    {
        QTemporaryDir dir;
        const TestNode node = createNode(dir.path());
        {
            auto session = signIn(node, kChief, kChiefPassword);
            DictionariesPanel panel(*session);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.isEditable());
            auto* categories = child<QListWidget>(&panel, QStringLiteral("dictionaryCategoriesList"));
            auto* table = child<QTableWidget>(&panel, QStringLiteral("riskSignalsTable"));
            auto* medium = child<QDoubleSpinBox>(&panel, QStringLiteral("mediumThresholdSpin"));
            QCOMPARE(categories->count(), leads::defaultCategories().size());
            QCOMPARE(table->rowCount(), RiskDictionary::seeded().size());
            QCOMPARE(medium->value(), 20.0);

            // Rename the first category, move it down, add one.
            categories->setCurrentRow(0);
            categories->editItem(categories->item(0));
            typeIntoEditor(categories, QStringLiteral("集资诈骗"));
            QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("categoryDownButton")), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("addCategoryButton")), Qt::LeftButton);
            typeIntoEditor(categories, QStringLiteral("  传销  "));

            // Change the weight of the first signal and the medium threshold.
            table->setCurrentCell(0, DictionariesPanel::WeightColumn);
            table->editItem(table->item(0, DictionariesPanel::WeightColumn));
            typeIntoEditor(table, QStringLiteral("77"));
            QCOMPARE(table->item(0, DictionariesPanel::WeightColumn)->data(Qt::EditRole).toDouble(), 77.0);
            medium->selectAll();
            QTest::keyClicks(medium, QStringLiteral("15"));
            QCOMPARE(medium->value(), 15.0);

            QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("saveDictionariesButton")), Qt::LeftButton);
            auto* message = child<QLabel>(&panel, QStringLiteral("dictionariesMessage"));
            QVERIFY(message->isVisible());
            QVERIFY(message->text().startsWith(QStringLiteral("Saved")));
        }

        QStringList expected = leads::defaultCategories();
        expected[0] = expected[1];
        expected[1] = QStringLiteral("集资诈骗");
        expected << QStringLiteral("传销");
        auto session = signIn(node, kChief, kChiefPassword);
        const NodeDictionaries stored(*session);
        QCOMPARE(stored.categories(), expected);
        QCOMPARE(stored.riskDictionary().rules().first().weight, 77.0);
        QCOMPARE(stored.thresholds(), (RiskThresholds { 15, 50 }));

        DictionariesPanel reopened(*session);
        auto* categories = child<QListWidget>(&reopened, QStringLiteral("dictionaryCategoriesList"));
        QCOMPARE(categories->item(1)->text(), QStringLiteral("集资诈骗"));
        QCOMPARE(categories->item(categories->count() - 1)->text(), QStringLiteral("传销"));
        QCOMPARE(child<QTableWidget>(&reopened, QStringLiteral("riskSignalsTable"))
                     ->item(0, DictionariesPanel::WeightColumn)
                     ->data(Qt::EditRole)
                     .toDouble(),
            77.0);
        QCOMPARE(child<QDoubleSpinBox>(&reopened, QStringLiteral("mediumThresholdSpin"))->value(), 15.0);

        // Lead screening uses the node's dictionary: the first signal now weighs 77.
        Lead lead;
        lead.title = stored.riskDictionary().rules().first().term;
        const RiskPreview risk = nodeRiskPreview(*session)(lead);
        QCOMPARE(risk.score, 77.0);
        QCOMPARE(risk.levelKey, QStringLiteral("high"));

        // The lead form offers the node's categories.
        Prompter prompter;
        prompter.setScripted(true);
        LeadForm form(*session, prompter);
        auto* formCategories = child<QListWidget>(&form, QStringLiteral("categoriesList"));
        QVERIFY(formCategories);
        QStringList offered;
        for (int i = 0; i < formCategories->count(); ++i)
            offered << formCategories->item(i)->text();
        QCOMPARE(offered, expected);
    }

    void errorsShownInlineAndNothingSaved()
    {
        QTemporaryDir dir;
        const TestNode node = createNode(dir.path());
        auto session = signIn(node, kChief, kChiefPassword);
        DictionariesPanel panel(*session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* table = child<QTableWidget>(&panel, QStringLiteral("riskSignalsTable"));
        child<QDoubleSpinBox>(&panel, QStringLiteral("mediumThresholdSpin"))->setValue(5);
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("addSignalButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), RiskDictionary::seeded().size() + 1);
        QTest::keyClick(table->viewport()->findChild<QLineEdit*>(), Qt::Key_Escape);
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("saveDictionariesButton")), Qt::LeftButton);
        auto* message = child<QLabel>(&panel, QStringLiteral("dictionariesMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Rule %1").arg(table->rowCount())), qPrintable(message->text()));
        QCOMPARE(table->currentRow(), table->rowCount() - 1);
        QCOMPARE(NodeDictionaries(*session).thresholds(), RiskThresholds {});

        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("restoreDictionariesButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), RiskDictionary::seeded().size());
        QCOMPARE(child<QDoubleSpinBox>(&panel, QStringLiteral("mediumThresholdSpin"))->value(), 20.0);
    }

    void sentinelSeesReadOnly()
    {
        QTemporaryDir dir;
        const TestNode node = createNode(dir.path());
        {
            auto chief = signIn(node, kChief, kChiefPassword);
            QVERIFY(NodeDictionaries(*chief).setThresholds({ 12, 40 }).ok());
        }
        addUser(node, kSentinel, Role::Sentinel, kPassword);
        auto session = signIn(node, kSentinel, kPassword);
        Prompter prompter;
        prompter.setScripted(true);
        SettingsPage page(*session, prompter);
        DictionariesPanel* panel = page.dictionariesPanel();
        QVERIFY(panel);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->isEditable());
        for (const QString& name : { QStringLiteral("saveDictionariesButton"), QStringLiteral("restoreDictionariesButton"),
                 QStringLiteral("addCategoryButton"), QStringLiteral("addSignalButton"), QStringLiteral("removeSignalButton") })
            QVERIFY2(!child<QPushButton>(panel, name)->isVisible(), qPrintable(name));
        auto* categories = child<QListWidget>(panel, QStringLiteral("dictionaryCategoriesList"));
        auto* table = child<QTableWidget>(panel, QStringLiteral("riskSignalsTable"));
        QCOMPARE(categories->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(categories->item(0)->flags() & Qt::ItemIsEditable));
        QVERIFY(!table->cellWidget(0, DictionariesPanel::FieldColumn)->isEnabled());
        auto* medium = child<QDoubleSpinBox>(panel, QStringLiteral("mediumThresholdSpin"));
        QVERIFY(!medium->isEnabled());
        QCOMPARE(medium->value(), 12.0);
        QCOMPARE(categories->count(), leads::defaultCategories().size());
        // Even if the editors were forced, the model refuses.
        QCOMPARE(panel->save().error().code, Error::Code::PermissionDenied);
    }
};

QTEST_MAIN(tst_DictionariesPanel)
#include "tst_DictionariesPanel.moc"
