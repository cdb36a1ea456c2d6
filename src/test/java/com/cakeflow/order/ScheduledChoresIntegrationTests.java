package com.cakeflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.NotificationView;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.alerting.ManagerDigest;
import com.cakeflow.order.process.ShopDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The scheduled chores: what they do (digest, pickup reminders) and how admins see and run them (Quartz, JDBC job store). */
@CakeFlowIntegrationTest
class ScheduledChoresIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	ShopDigest chores;
	@Autowired
	ManagerDigest digest;
	@Autowired
	java.time.Clock clock;
	@Autowired
	Notifications notifications;

	@Test
	void customersWithAPickupTomorrowAreRemindedOnceAndLateBookingsAndLaterDaysAreNot() {
		var zone = ZoneId.of("Asia/Shanghai");
		var soon = orders.place(dueIn(TestOrders.pickup("MEITUAN", 6), LocalDateTime.now(clock.withZone(zone)).plusHours(22)), null).orderNumber();
		var later = orders.place(TestOrders.pickup("MEITUAN", 6), null).orderNumber(); // due in 3 days
		var delivery = orders.place(dueIn(TestOrders.delivery("MEITUAN"), LocalDateTime.now(clock.withZone(zone)).plusHours(22)), null).orderNumber();

		chores.sendDue(clock.instant());
		chores.sendDue(clock.instant());

		assertThat(kinds(soon)).containsExactlyInAnyOrder(NotificationKind.ORDER_CONFIRMED, NotificationKind.PICKUP_REMINDER);
		assertThat(kinds(later)).containsExactly(NotificationKind.ORDER_CONFIRMED);
		assertThat(kinds(delivery)).containsExactly(NotificationKind.ORDER_CONFIRMED);
		var reminder = notifications.search(soon, null, 10).stream().filter(n -> n.kind() == NotificationKind.PICKUP_REMINDER).findFirst().orElseThrow();
		assertThat(notifications.body(reminder.id()).orElseThrow()).contains(soon).contains("/track/" + soon);
	}

	@Test
	void theMorningDigestCountsTodaysOrdersOncePerStoreAndDay() {
		var zone = ZoneId.of("Asia/Shanghai");
		var today = LocalDateTime.now(clock.withZone(zone)).withHour(23).withMinute(0).withSecond(0).withNano(0);
		if (today.isBefore(LocalDateTime.now(clock.withZone(zone)).plusHours(6))) {
			today = today.plusDays(1); // late in the evening: the due time must leave the kitchen its lead time
		}
		orders.place(new NewOrderRequest("MEITUAN", new NewOrderRequest.Customer("王先生", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(6, "VANILLA", null, 1, List.of())), new NewOrderRequest.Fulfillment("PICKUP",
						today.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), null), null, false, null, null), null);

		int queued = digest.sendDigests();
		assertThat(digest.sendDigests()).as("once per store and day").isZero();

		var digests = notifications.search(null, null, 200).stream().filter(n -> n.kind() == NotificationKind.DAILY_DIGEST).toList();
		assertThat(queued).isBetween(1, 2);
		var sh01 = digests.stream().filter(n -> n.recipient().equals("manager.sh01@cakeflow.example")).findFirst().orElseThrow();
		assertThat(sh01.subject()).contains("每日简报").contains("甜心蛋糕坊 静安店");
		var body = notifications.body(sh01.id()).orElseThrow();
		assertThat(body).containsPattern("今天 \\d+ 单").contains("未处理提醒").contains("低库存");
	}

	@Test
	void adminsSeeTheJobsWithTheirNextFireAndCanRunOne() {
		var manager = new ApiClient(port, "manager");
		var jobs = manager.get("/api/admin/jobs");
		assertThat(jobs.status()).isEqualTo(200);
		var names = new java.util.ArrayList<String>();
		jobs.body().forEach(job -> {
			names.add(job.get("group").asText() + "/" + job.get("name").asText());
			assertThat(job.get("cron").asText()).isNotBlank();
			assertThat(job.get("nextFireTime").isNull()).as(job.get("name").asText() + " is scheduled").isFalse();
		});
		assertThat(names).contains("orders/dailyDigest", "orders/pickupReminders", "camunda/historyCleanup", "inventory/lowStockScan",
				"notifications/outbox", "customer/birthdayReminders");
		assertThat(manager.post("/api/admin/jobs/orders/dailyDigest/run", Map.of()).status()).isEqualTo(202);
		var unknown = manager.post("/api/admin/jobs/orders/nothing/run", Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(new ApiClient(port, "clerk").get("/api/admin/jobs").status()).isEqualTo(403);
	}

	private List<NotificationKind> kinds(String number) {
		return notifications.search(number, null, 20).stream().filter(n -> n.channel().equals("SMS")).map(NotificationView::kind).toList();
	}

	private static NewOrderRequest dueIn(NewOrderRequest request, LocalDateTime due) {
		return new NewOrderRequest(request.channel(), request.customer(), request.items(), new NewOrderRequest.Fulfillment(request.fulfillment().type(),
				due.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), request.fulfillment().address()), request.notes(), request.urgent(),
				request.storeCode(), null);
	}

	@Autowired
	org.quartz.Scheduler quartz;

	/**
	 * Every module's task really runs when Quartz fires it, through the clustered job store and the one job class (the
	 * other tests call the services directly, with Quartz not started).
	 */
	@Test
	void everyJobRunsWithItsCollaboratorsWhenQuartzRunsIt() throws Exception {
		var failures = new java.util.concurrent.ConcurrentHashMap<String, String>();
		var done = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
		var listener = new org.quartz.listeners.JobListenerSupport() {
			@Override
			public String getName() {
				return "test-every-job";
			}

			@Override
			public void jobWasExecuted(org.quartz.JobExecutionContext context, org.quartz.JobExecutionException failed) {
				var key = context.getJobDetail().getKey().toString();
				if (failed != null) {
					failures.put(key, String.valueOf(failed.getCause()));
				}
				done.add(key);
			}
		};
		var keys = quartz.getJobKeys(org.quartz.impl.matchers.GroupMatcher.anyJobGroup());
		assertThat(keys).extracting(Object::toString).contains("notifications.outbox", "customer.birthdayReminders", "inventory.lowStockScan");
		quartz.getListenerManager().addJobListener(listener);
		quartz.start();
		try {
			for (var key : keys) {
				quartz.triggerJob(key);
			}
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> done.size() == keys.size());
		}
		finally {
			quartz.standby();
			quartz.getListenerManager().removeJobListener("test-every-job");
		}
		assertThat(done).as("every job ran").hasSameSizeAs(keys);
		assertThat(failures).as("no job failed").isEmpty();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void sentNotificationsAreForgottenAfterHalfAYearAndWaitingOnesAreKept() {
		var sent = orders.place(TestOrders.pickup("MEITUAN", 6), null).orderNumber();
		var waiting = orders.place(TestOrders.pickup("MEITUAN", 6), null).orderNumber();
		var old = java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(181)));
		jdbc.sql("update notification set status = 'SENT', created_at = ? where order_number = ?").params(old, sent).update();
		jdbc.sql("update notification set status = 'PENDING', created_at = ?, next_attempt_at = ? where order_number = ?")
			.params(old, java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(1))), waiting).update();

		assertThat(notifications.forgetOld(clock.instant())).isPositive();
		assertThat(notifications.search(sent, null, 10)).isEmpty();
		assertThat(notifications.search(waiting, null, 10)).isNotEmpty();
	}
}
