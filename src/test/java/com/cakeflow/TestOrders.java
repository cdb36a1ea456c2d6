package com.cakeflow;

import com.cakeflow.order.NewOrderRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Order requests for tests: valid by default, due three days ahead at 15:00 Shanghai time, a fresh phone each. */
public final class TestOrders {

	private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 9_000_000));

	private TestOrders() {
	}

	public static String freshPhone() {
		return String.format("137%08d", PHONES.incrementAndGet() % 100_000_000);
	}

	/** The application's clock, set before each integration test ({@link PlentyOfStockAndCapacity}). */
	private static volatile java.time.Clock clock = java.time.Clock.systemUTC();

	static void useClock(java.time.Clock applicationClock) {
		clock = applicationClock;
	}

	public static String due(int days, int hour) {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(days) + String.format("T%02d:00:00", hour);
	}

	public static NewOrderRequest pickup(String channel, int size) {
		return pickup(channel, size, 3);
	}

	/**
	 * Due {@code days} ahead at 15:00. Tests that leave many inscribed cakes open use days of their own: the demo
	 * store's extra test capacity has no calligraphers, so one day's decorating with Chinese writing fills up.
	 */
	public static NewOrderRequest pickup(String channel, int size, int days) {
		return new NewOrderRequest(channel, new NewOrderRequest.Customer("张女士", freshPhone()),
				List.of(new NewOrderRequest.Item(size, "CHOCOLATE", "妈妈生日快乐", 1, List.of("CANDLES"))),
				new NewOrderRequest.Fulfillment("PICKUP", due(days, 15), null), "少糖", false, null);
	}

	public static NewOrderRequest delivery(String channel) {
		return new NewOrderRequest(channel, new NewOrderRequest.Customer("Li Lei", freshPhone()),
				List.of(new NewOrderRequest.Item(8, "MANGO", "Happy Birthday", 1, List.of())),
				new NewOrderRequest.Fulfillment("DELIVERY", due(3, 15), "静安区南京西路1266号 1801室"), null, false, null);
	}
}
