package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Requests and background work draw from pools of their own: request threads from "requests", the job executor's
 * threads and Quartz's workers — as the running app names them — from "background".
 */
@CakeFlowIntegrationTest
class DatabasePoolsIntegrationTests {

	static final ConcurrentHashMap<String, String> POOLS_SEEN = new ConcurrentHashMap<>();

	@Autowired
	DataSource dataSource;
	@Autowired
	DatabasePools pools;
	@Autowired
	CamundaBpmProperties camunda;
	@Autowired
	Scheduler quartz;
	@Autowired
	TestRestTemplate http;

	@Test
	void requestThreadsUseTheRequestPoolAndTheJobExecutorsThreadsTheBackgroundPool() throws Exception {
		var routed = (DatabasePools.ThreadRoutedDataSource) dataSource;
		assertThat(routed.poolOfThisThread().getPoolName()).as("a test (request) thread").isEqualTo("requests");
		assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()).isTrue();

		var executor = pools.camundaTaskExecutor(camunda); // the job executor's threads as the app makes them
		executor.initialize();
		try {
			var pool = CompletableFuture.supplyAsync(() -> routed.poolOfThisThread().getPoolName(), executor).get(10, TimeUnit.SECONDS);
			assertThat(pool).isEqualTo("background");
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void quartzWorkersUseTheBackgroundPool() throws Exception {
		POOLS_SEEN.clear();
		var job = JobBuilder.newJob(RecordsItsPool.class).withIdentity("pool-check-" + System.nanoTime(), "test").build();
		quartz.start();
		try {
			quartz.scheduleJob(job, TriggerBuilder.newTrigger().startNow().build());
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> POOLS_SEEN.containsKey(job.getKey().getName()));
		}
		finally {
			quartz.standby();
		}
		assertThat(POOLS_SEEN.get(job.getKey().getName())).isEqualTo("background");
	}

	/** A one-off Quartz job that notes which pool its thread draws from. */
	public static class RecordsItsPool implements org.quartz.Job {

		@Override
		public void execute(JobExecutionContext context) {
			POOLS_SEEN.put(context.getJobDetail().getKey().getName(), ROUTER.poolOfThisThread().getPoolName());
		}
	}

	static volatile DatabasePools.ThreadRoutedDataSource ROUTER;

	@org.junit.jupiter.api.BeforeEach
	void router() {
		ROUTER = (DatabasePools.ThreadRoutedDataSource) dataSource;
	}
}
