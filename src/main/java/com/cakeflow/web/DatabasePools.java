package com.cakeflow.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Two connection pools on the one database: one for requests, one for background work — the Camunda job executor
 * (timers, async steps), Quartz (outbox, reminders, scans; also its cluster check-in) and the live-event poller — told
 * apart by the thread asking. A burst of requests cannot take the connections the timers need, and a storm of timers
 * cannot take the requests'. Every transaction still runs on one connection from one pool (JPA, JDBC and the engine
 * share it), so nothing ever holds one connection while waiting for another.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabasePools.PoolProperties.class)
class DatabasePools {

	@Bean
	@Primary
	ThreadRoutedDataSource dataSource(DataSourceProperties database, PoolProperties pools, ObjectProvider<MeterRegistry> meters) {
		var metrics = meters.getIfAvailable();
		return new ThreadRoutedDataSource(pool(database, "requests", pools.requests(), pools.requestWait(), metrics),
				pool(database, "background", pools.background(), pools.backgroundWait(), metrics), pools.backgroundThreads());
	}

	/**
	 * The job executor's threads, as the Camunda starter would make them (its {@code camunda.bpm.job-execution.*}
	 * sizes) but named here, so the pools can tell them for sure.
	 */
	@Bean(name = "camundaTaskExecutor")
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
			matchIfMissing = true)
	org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor camundaTaskExecutor(
			org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties camunda) {
		var jobs = camunda.getJobExecution();
		var executor = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
		executor.setCorePoolSize(jobs.getCorePoolSize());
		executor.setMaxPoolSize(jobs.getMaxPoolSize());
		executor.setQueueCapacity(jobs.getQueueCapacity());
		if (jobs.getKeepAliveSeconds() != null) {
			executor.setKeepAliveSeconds(jobs.getKeepAliveSeconds());
		}
		executor.setThreadNamePrefix(JOB_EXECUTOR_THREADS);
		return executor;
	}

	/** How the job executor's threads are named (one of the default background thread prefixes). */
	static final String JOB_EXECUTOR_THREADS = "camundaTaskExecutor-";

	/** One Hikari pool; its figures (active, idle, pending, timeouts) go to /actuator/prometheus as hikaricp_*{pool=name}. */
	private static HikariDataSource pool(DataSourceProperties database, String name, int size, Duration wait, MeterRegistry metrics) {
		var pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName(name);
		pool.setMaximumPoolSize(size);
		pool.setMinimumIdle(Math.min(2, size));
		pool.setConnectionTimeout(wait.toMillis());
		if (metrics != null) {
			pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
		}
		return pool;
	}

	/**
	 * Pool sizes ({@code cakeflow.database.*}). Requests: what intake may have in flight
	 * ({@code cakeflow.order.intake.max-in-flight}) plus room for the reads of the screens. Background: the job
	 * executor's threads and its acquisition, Quartz's workers and scheduler threads, the live poller, the module
	 * listeners (after an order's commit).
	 *
	 * @param requests connections for request threads
	 * @param background connections for background threads
	 * @param requestWait how long a request waits for a connection before it is answered 503
	 * @param backgroundWait how long a background thread waits for one
	 * @param backgroundThreads name prefixes of the threads that are background work
	 */
	@ConfigurationProperties("cakeflow.database")
	record PoolProperties(@DefaultValue("16") int requests, @DefaultValue("10") int background, @DefaultValue("PT10S") Duration requestWait,
			@DefaultValue("PT30S") Duration backgroundWait,
			@DefaultValue({ "camundaTaskExecutor-", "cakeflow_Worker", "cakeflow_QuartzSchedulerThread", "QuartzScheduler_", "live-stream",
					"module-events-" })
			List<String> backgroundThreads) {
	}

	/** Hands each thread a connection from its pool: background threads (by name) from the background pool, the rest from the request pool. */
	static class ThreadRoutedDataSource extends AbstractDataSource implements DisposableBean {

		private final HikariDataSource requests;
		private final HikariDataSource background;
		private final List<String> backgroundThreads;

		ThreadRoutedDataSource(HikariDataSource requests, HikariDataSource background, List<String> backgroundThreads) {
			this.requests = requests;
			this.background = background;
			this.backgroundThreads = List.copyOf(backgroundThreads);
		}

		/** The pool the current thread draws from. */
		HikariDataSource poolOfThisThread() {
			var name = Thread.currentThread().getName();
			return backgroundThreads.stream().anyMatch(name::startsWith) ? background : requests;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return poolOfThisThread().getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return poolOfThisThread().getConnection(username, password);
		}

		@Override
		public void destroy() {
			background.close();
			requests.close();
		}
	}
}
