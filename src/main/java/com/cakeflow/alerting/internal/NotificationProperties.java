package com.cakeflow.alerting.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification outbox ({@code cakeflow.notifications.*}).
 *
 * @param from the sender of mail
 * @param publicUrl where customers reach this CakeFlow (links in mail and text messages to the tracking page)
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it, up to {@code maxRetry}
 * @param maxRetry the longest wait between attempts
 * @param maxAttempts attempts before a notification is given up as FAILED (shown with its last error)
 * @param batch notifications sent per run of the sender
 * @param lease how long a sender owns a notification it is sending; past it another run (or node) may try again
 * @param managerLanguage the language of mail to managers
 * @param retention how long sent and given-up notifications are kept
 */
@ConfigurationProperties("cakeflow.notifications")
public record NotificationProperties(@DefaultValue("CakeFlow <noreply@cakeflow.example>") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetry,
		@DefaultValue("12") int maxAttempts, @DefaultValue("50") int batch, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("zh-CN") String managerLanguage, @DefaultValue("P180D") Duration retention) {

	/** The wait after {@code failures} failed attempts: firstRetry, then doubled each time, at most maxRetry. */
	public Duration backoff(int failures) {
		var wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}
}
