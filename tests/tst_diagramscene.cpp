#include "diagram/diagramscene.h"
#include "model/transitiontable.h"

#include <QSignalSpy>
#include <QTest>

using namespace tsl;

Q_DECLARE_METATYPE(tsl::TcpState)

class TestDiagramScene : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<tsl::TcpState>(); }
    void highlights();
    void tokenMovesAlongAnEdge();
    void movesQueueUpIntoAPath();
    void zeroDurationMovesAtOnce();
    void unknownTokenOrEdgeIsRefused();
    void removingAMovingTokenStopsIt();
    void claimingLeavesOneStory();
};

void TestDiagramScene::highlights()
{
    DiagramScene scene;
    QSignalSpy changed(&scene, &DiagramScene::changed);
    scene.setHighlightedStates({TcpState::Listen, TcpState::TimeWait, TcpState::Unknown});
    QCOMPARE(scene.highlightedStates(), (QList<TcpState>{TcpState::Listen, TcpState::TimeWait}));
    QVERIFY(scene.isHighlighted(TcpState::TimeWait));
    QVERIFY(!scene.isHighlighted(TcpState::Closed));
    QCOMPARE(changed.count(), 1);
    scene.setHighlightedStates({TcpState::TimeWait, TcpState::Listen}); // same set: no signal
    QCOMPARE(changed.count(), 1);
    scene.setHighlightedEdge(3);
    QCOMPARE(scene.highlightedEdge(), std::optional<std::size_t>(3));
    scene.setHighlightedEdge(9999); // out of range: cleared, not stored
    QVERIFY(!scene.highlightedEdge());
}

void TestDiagramScene::tokenMovesAlongAnEdge()
{
    DiagramScene scene;
    scene.setAnimationDuration(120);
    scene.placeToken("c", "client", Qt::blue, TcpState::Closed);
    QSignalSpy arrived(&scene, &DiagramScene::tokenArrived);
    QVERIFY(scene.moveToken("c", *transitionIndex("closed-active-open")));
    QVERIFY(scene.isAnimating());
    QCOMPARE(scene.token("c")->state, TcpState::Closed);
    QTRY_VERIFY(scene.token("c")->progress > 0.0);
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(scene.token("c")->state, TcpState::SynSent);
    QVERIFY(!scene.token("c")->movingAlong);
    QCOMPARE(arrived.first().at(1).value<TcpState>(), TcpState::SynSent);
    QVERIFY(!scene.isAnimating());
}

void TestDiagramScene::movesQueueUpIntoAPath()
{
    DiagramScene scene;
    scene.setAnimationDuration(40);
    scene.placeToken("s", "server", Qt::red, TcpState::Listen);
    QSignalSpy arrived(&scene, &DiagramScene::tokenArrived);
    scene.moveToken("s", *transitionIndex("listen-rcv-syn"));
    scene.moveToken("s", *transitionIndex("synrcvd-rcv-ack"));
    scene.moveToken("s", *transitionIndex("estab-rcv-fin"));
    QTRY_COMPARE(arrived.count(), 3);
    QCOMPARE(arrived.at(0).at(1).value<TcpState>(), TcpState::SynReceived);
    QCOMPARE(arrived.at(1).at(1).value<TcpState>(), TcpState::Established);
    QCOMPARE(scene.token("s")->state, TcpState::CloseWait);
}

void TestDiagramScene::zeroDurationMovesAtOnce()
{
    DiagramScene scene;
    scene.setAnimationDuration(0);
    scene.placeToken("c", "client", Qt::blue, TcpState::Established);
    scene.moveToken("c", *transitionIndex("estab-close"));
    QCOMPARE(scene.token("c")->state, TcpState::FinWait1);
    QVERIFY(!scene.isAnimating());
}

void TestDiagramScene::unknownTokenOrEdgeIsRefused()
{
    DiagramScene scene;
    QVERIFY(!scene.moveToken("nobody", 0));
    scene.placeToken("c", "client", Qt::blue, TcpState::Closed);
    QVERIFY(!scene.moveToken("c", 100000));
    QVERIFY(!scene.setTokenState("nobody", TcpState::Listen));
    QVERIFY(scene.setTokenState("c", TcpState::TimeWait));
    QCOMPARE(scene.token("c")->state, TcpState::TimeWait);
    QCOMPARE(scene.token("c")->label, QStringLiteral("client"));
}

void TestDiagramScene::removingAMovingTokenStopsIt()
{
    DiagramScene scene;
    scene.setAnimationDuration(200);
    scene.placeToken("c", "client", Qt::blue, TcpState::Closed);
    scene.moveToken("c", *transitionIndex("closed-active-open"));
    scene.removeToken("c");
    QVERIFY(!scene.token("c"));
    QVERIFY(!scene.isAnimating());
    QTest::qWait(250); // the stopped animation must not touch the removed token
    QVERIFY(scene.tokens().isEmpty());
}

void TestDiagramScene::claimingLeavesOneStory()
{
    DiagramScene scene;
    QSignalSpy claimed(&scene, &DiagramScene::tokensClaimed);
    scene.placeToken("sim-A", "A", Qt::blue, TcpState::Closed);
    scene.placeToken("lab-1", "client :5000", Qt::red, TcpState::Established);
    scene.placeToken("lab-2", "server :5000", Qt::red, TcpState::Established);
    scene.claimTokens("lab-");
    QCOMPARE(scene.tokens().size(), 2);
    QVERIFY(!scene.token("sim-A"));
    QCOMPARE(scene.tokenOwner(), QStringLiteral("lab-"));
    QCOMPARE(claimed.count(), 1);
    scene.claimTokens("lab-"); // the owner again: nothing to tell
    QCOMPARE(claimed.count(), 1);
    scene.claimTokens("watch-");
    QVERIFY(scene.tokens().isEmpty());
    QCOMPARE(claimed.count(), 2);
    QCOMPARE(claimed.last().at(0).toString(), QStringLiteral("watch-"));
}

QTEST_GUILESS_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
