// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// StructureTreeModel, PeopleListModel and PairingListModel over the 天河区 demo district.
#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "itemmodels/PeopleListModel.h"
#include "itemmodels/StructureTreeModel.h"
#include "structure/StructureRepository.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace gs;

class tst_StructureModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        auto demo = DemoBuilder::create(path, test::fastKdf());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026"));
        QVERIFY(session);
        m_session = std::move(*session);
    }

    void tree()
    {
        StructureTreeModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.unitCount(), 1 + 21 + 230 + 879);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex district = model.index(0, 0);
        QCOMPARE(model.data(district).toString(), QStringLiteral("天河区"));
        QCOMPARE(model.rowCount(district), 21);
        const QModelIndex street = model.index(0, 0, district);
        QCOMPARE(model.data(street).toString(), QStringLiteral("五山街道"));
        const QModelIndex community = model.index(0, 0, street);
        QVERIFY(model.rowCount(community) > 0);
        const QModelIndex grid = model.index(0, 0, community);
        QCOMPARE(model.data(grid, StructureTreeModel::LevelRole).toInt(), int(UnitLevel::Grid));
        QCOMPARE(
            model.data(model.index(0, StructureTreeModel::Boundary, community)).toString(), QStringLiteral("Drawn"));
        QCOMPARE(model.parent(grid), community);
        QCOMPARE(model.indexOf(model.data(grid, StructureTreeModel::UnitIdRole).toString()), grid);

        // Retire a grid: shown greyed, or hidden.
        const QString gridId = model.data(grid, StructureTreeModel::UnitIdRole).toString();
        QVERIFY(StructureRepository(*m_session).retire(UnitLevel::Grid, gridId, QStringLiteral("合并")));
        model.reload();
        const QModelIndex retired = model.indexOf(gridId);
        QVERIFY(model.data(retired, StructureTreeModel::RetiredRole).toBool());
        QVERIFY(model.data(model.index(retired.row(), StructureTreeModel::State, retired.parent()))
                    .toString()
                    .startsWith(QStringLiteral("Retired")));
        QVERIFY(model.data(retired, Qt::ForegroundRole).isValid());
        model.setShowRetired(false);
        QVERIFY(!model.indexOf(gridId).isValid());
        QCOMPARE(model.unitCount(), 1 + 21 + 230 + 878);
        model.setShowRetired(true);
        QVERIFY(StructureRepository(*m_session).restore(UnitLevel::Grid, gridId));

        // Search keeps the path to a match.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(StructureTreeModel::SearchTextRole);
        proxy.setFilterFixedString(QStringLiteral("岳洲社区第1网格"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex s = proxy.index(0, 0, proxy.index(0, 0));
        QCOMPARE(proxy.rowCount(s), 1);
        QCOMPARE(proxy.data(proxy.index(0, 0, proxy.index(0, 0, s))).toString(), QStringLiteral("岳洲社区第1网格"));
    }

    void people()
    {
        PeopleListModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 90);
        QCOMPARE(model.data(model.index(0, PeopleListModel::Kind)).toString(), QStringLiteral("Grid sentinel"));
        model.setFilter({ PersonKind::Volunteer });
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(!model.data(model.index(0, PeopleListModel::Detail)).toString().isEmpty());
        model.setFilter({ std::nullopt, QStringLiteral("姜志峰") });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(model.data(model.index(0, 0), PeopleListModel::PersonIdRole).toString()), 0);
    }

    void pairings()
    {
        PairingListModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.data(model.index(0, PairingListModel::State)).toString(), QStringLiteral("Active"));
        const QString first = model.data(model.index(0, 0), PairingListModel::PairingIdRole).toString();
        QVERIFY(PairingRepository(*m_session).end(first, QStringLiteral("调岗")));
        model.refresh();
        QCOMPARE(model.rowCount(), 49);
        model.setFilter({ PairingFilter::State::All });
        QCOMPARE(model.rowCount(), 50);
        const int ended = model.rowOf(first);
        QVERIFY(model.data(model.index(ended, PairingListModel::State)).toString().startsWith(QStringLiteral("Ended")));
        QVERIFY(model.data(model.index(ended, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("调岗")));
    }
};

QTEST_GUILESS_MAIN(tst_StructureModels)
#include "tst_StructureModels.moc"
