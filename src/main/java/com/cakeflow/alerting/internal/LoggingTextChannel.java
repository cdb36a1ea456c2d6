package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Text messages until a provider is plugged in (a bean implementing {@link NotificationChannel} for {@code SMS}, e.g.
 * Aliyun SMS or a WeChat template message, takes precedence): writes them to the log with the number masked.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LoggingTextChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(LoggingTextChannel.class);

	@Override
	public String channel() {
		return "SMS";
	}

	@Override
	public String send(Outgoing message) {
		var number = message.recipient();
		var masked = number.length() > 7 ? number.substring(0, 3) + "****" + number.substring(number.length() - 4) : "****";
		log.info("text message #{} to {}: {}", message.id(), masked, message.body());
		return "log";
	}
}
