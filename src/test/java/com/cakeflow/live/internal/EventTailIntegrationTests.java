package com.cakeflow.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.live.LiveEvent;
import com.cakeflow.live.LiveEventTransactions;
import com.cakeflow.live.LiveEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes' readings of the shared {@code live_event} table (on H2, and on PostgreSQL in CI), polled by the test
 * instead of a timer and on a clock of its own: real transactions committing out of id order, rolled back ones, and
 * resuming on one node from where another node's page was.
 */
@CakeFlowIntegrationTest
class EventTailIntegrationTests {

	private static final Duration GRACE = Duration.ofMinutes(2);

	@Autowired
	LiveEventLog log;
	@Autowired
	LiveEvents live;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactionTemplate;

	LiveEventTransactions transactions;
	final MovableClock clock = new MovableClock();

	@BeforeEach
	void transactions() {
		transactions = new LiveEventTransactions(transactionTemplate, live, jdbc);
	}

	@Test
	void bothNodesReadAnEventCommittedAfterALaterOneAndAResumePointFromEitherReplaysIt() throws Exception {
		var nodeA = tail(1000);
		nodeA.start();
		String early = LiveEventTransactions.marker("early");
		String late = LiveEventTransactions.marker("late");
		try (var first = transactions.open(late)) {
			long earlyId = transactions.committed(early);
			assertThat(first.id()).as("the open transaction took the lower id").isLessThan(earlyId);

			assertThat(ids(nodeA.poll())).contains(earlyId).doesNotContain(first.id());
			assertThat(nodeA.gaps()).contains(first.id());
			long resumeAt = nodeA.lowWater();
			assertThat(resumeAt).isLessThan(first.id());
			assertThat(ids(nodeA.poll())).as("the open one is asked for again, not yet there").isEmpty();

			var nodeB = tail(1000); // its first page opens now: it finds the gap among the ids written within the grace
			nodeB.start();
			assertThat(nodeB.gaps()).contains(first.id());
			assertThat(nodeB.lowWater()).isLessThan(first.id());

			first.commit();
			assertThat(ids(nodeA.poll())).containsExactly(first.id());
			assertThat(ids(nodeB.poll())).containsExactly(first.id());
			assertThat(nodeA.gaps().subSet(first.id(), true, earlyId, true)).isEmpty();
			assertThat(ids(nodeA.poll())).as("read once").isEmpty();

			var replayed = new ArrayList<LiveEvent>();
			nodeB.replay(resumeAt, replayed::add);
			assertThat(ids(replayed)).as("a page that was at node A's resume point, reconnecting to node B").contains(first.id(), earlyId);
		}
	}

	@Test
	void aRolledBackEventHoldsBackTheResumePointButNoEventAndIsGivenUpAfterTheGrace() throws Exception {
		var node = tail(1000);
		node.start();
		long rolledBack = transactions.rolledBack(LiveEventTransactions.marker("refused"));
		long after = transactions.committed(LiveEventTransactions.marker("after"));
		assertThat(rolledBack).isLessThan(after);

		assertThat(ids(node.poll())).contains(after);
		assertThat(node.gaps()).contains(rolledBack);
		assertThat(node.lowWater()).isLessThan(rolledBack);

		clock.move(GRACE.minusMillis(1));
		node.poll();
		assertThat(node.gaps()).as("still within its grace").contains(rolledBack);

		clock.move(Duration.ofMillis(1));
		node.poll();
		assertThat(node.gaps()).doesNotContain(rolledBack);
		assertThat(node.lowWater()).isGreaterThanOrEqualTo(after);
	}

	@Test
	void looksForTheNewestGapsOnlyUpToItsCap() throws Exception {
		var node = tail(3);
		node.start();
		var refused = new ArrayList<Long>();
		for (int i = 0; i < 5; i++) {
			refused.add(transactions.rolledBack(LiveEventTransactions.marker("refused")));
		}
		long after = transactions.committed(LiveEventTransactions.marker("after"));

		assertThat(ids(node.poll())).contains(after);
		assertThat(node.gaps()).containsExactlyElementsOf(refused.subList(2, 5));
		assertThat(node.lowWater()).isEqualTo(refused.get(2) - 1);
	}

	@Test
	void readsABacklogInBatchesAndEachEventOnce() {
		var node = tail(1000);
		node.start();
		var written = new ArrayList<Long>();
		transactionTemplate.executeWithoutResult(status -> {
			for (int i = 0; i < EventTail.BATCH + 3; i++) {
				written.add(publishInside("backlog"));
			}
		});
		var read = new ArrayList<Long>(ids(node.poll()));
		assertThat(node.behind()).isTrue();
		while (node.behind()) {
			read.addAll(ids(node.poll()));
		}
		assertThat(read).containsAll(written).doesNotHaveDuplicates();
		assertThat(ids(node.poll())).isEmpty();
	}

	private long publishInside(String what) {
		live.publish(null, LiveEvents.ALERT, Map.of("orderNumber", LiveEventTransactions.marker(what)));
		return jdbc.sql("select max(id) from live_event").query(Long.class).single();
	}

	private EventTail tail(int maxGaps) {
		return new EventTail(log, clock, GRACE, maxGaps);
	}

	private static List<Long> ids(List<LiveEvent> events) {
		return events.stream().map(LiveEvent::id).toList();
	}

	/** A clock that stands still at the moment the test started, moved on only by the test. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Clock.systemUTC().instant(); // starts at the real moment: the database stamps the events it commits

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
