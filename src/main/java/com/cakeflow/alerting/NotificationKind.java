package com.cakeflow.alerting;

/**
 * What a notification tells. Customers: the order is confirmed (with its pickup code), the deposit is still open, the
 * cake is ready or on its way, tomorrow's pickup, a cake running late with its new time, a birthday coming up.
 * Managers: an alert, the morning digest. Each kind has a mail template {@code mail/<kind>.html} and a text message
 * template {@code sms/<kind>.txt} in zh-CN and en.
 */
public enum NotificationKind {
	ORDER_CONFIRMED, DEPOSIT_REMINDER, READY_FOR_PICKUP, OUT_FOR_DELIVERY, PICKUP_REMINDER, RUNNING_LATE, BIRTHDAY_REMINDER, ALERT, DAILY_DIGEST;

	public String template() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
