package com.cakeflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Searching orders the way a clerk does (GET /api/orders?q=, the /orders page, the order entry's customer lookup),
 * with the matching that stays indexed on a year of history: a whole order number or a part with digits, a whole
 * phone, its last four digits (尾号) or three, five and more of its digits anywhere, the start of a name or three or
 * more of its characters anywhere.
 */
@CakeFlowIntegrationTest
class OrderSearchIntegrationTests {

	private static final Random RANDOM = new Random();

	@LocalServerPort
	int port;

	ApiClient clerk() {
		return new ApiClient(port, "clerk");
	}

	/**
	 * The two days this class's orders are due: days of their own, as the class places some thirty orders and the days
	 * other tests count or fill stay as they expect.
	 */
	static final int FIRST_DAY = 13, SECOND_DAY = 14;

	/** A customer of their own (a name nobody else has) with two orders due on different days. */
	record Placed(String name, String phone, String first, String second) {
	}

	Placed twoOrders() {
		var name = "Zq" + letters(8);
		var phone = TestOrders.freshPhone();
		var first = place(name, phone, FIRST_DAY);
		var second = place(name, phone, SECOND_DAY);
		return new Placed(name, phone, first, second);
	}

	String place(String name, String phone, int days) {
		var template = TestOrders.pickup("PHONE", 8, days);
		// written in English: a Chinese inscription needs a calligrapher, and a day's calligraphy is soon booked
		var items = List.of(new NewOrderRequest.Item(8, "CHOCOLATE", "Happy Birthday", 1, List.of()));
		var request = new NewOrderRequest(template.channel(), new NewOrderRequest.Customer(name, phone), items, template.fulfillment(), null, false,
				null);
		var response = clerk().post("/api/orders", request);
		assertThat(response.status()).isEqualTo(201);
		return response.body().get("orderNumber").asText();
	}

	List<String> numbers(String q) {
		var response = clerk().get("/api/orders?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(200);
		return StreamSupport.stream(response.body().get("content").spliterator(), false).map(o -> o.get("orderNumber").asText()).toList();
	}

	@Test
	void findsAnOrderByItsWholeNumberAndByAPartWithDigits() {
		var placed = twoOrders();
		assertThat(numbers(placed.first())).containsExactly(placed.first());
		assertThat(numbers(placed.first().toLowerCase())).containsExactly(placed.first());
		var running = placed.second().substring(placed.second().lastIndexOf('-') + 1);
		assertThat(numbers(running)).contains(placed.second());
	}

	@Test
	void findsACustomersOrdersByWholePhoneNewestDueFirstAndByItsLastFourDigits() {
		var placed = twoOrders();
		assertThat(numbers(placed.phone())).containsExactly(placed.second(), placed.first());
		assertThat(numbers(placed.phone().substring(0, 3) + "-" + placed.phone().substring(3, 7) + " " + placed.phone().substring(7)))
			.containsExactly(placed.second(), placed.first());
		assertThat(numbers(placed.phone().substring(7))).contains(placed.first(), placed.second());
		// four digits are the phone's last four (尾号): four from its middle find neither order, five from its middle do
		// (digits 6-10 of 137 + a running number: shared by the ten phones made next to it, not by every phone of the run)
		var middle = placed.phone().substring(5, 9);
		if (!middle.equals(placed.phone().substring(7))) {
			assertThat(numbers(middle)).doesNotContain(placed.first(), placed.second());
		}
		assertThat(numbers(placed.phone().substring(5, 10))).contains(placed.first(), placed.second());
	}

	@Test
	void findsByTheStartOfANameOrThreeCharactersAnywhereInIt() {
		var placed = twoOrders();
		assertThat(numbers(placed.name())).containsExactly(placed.second(), placed.first());
		assertThat(numbers(placed.name().substring(0, 2))).contains(placed.first(), placed.second());
		assertThat(numbers(placed.name().substring(3, 7))).containsExactly(placed.second(), placed.first());
		// two characters from the middle of a name: too short to be served by an index, so they match only a name's start
		assertThat(numbers(placed.name().substring(3, 5))).doesNotContain(placed.first(), placed.second());
	}

	@Test
	void countsWhatMatchedAndPagesBeyondTheEndAreEmpty() {
		var placed = twoOrders();
		var first = clerk().get("/api/orders?size=1&q=" + placed.phone()).body();
		assertThat(first.at("/page/totalElements").asInt()).isEqualTo(2);
		assertThat(first.at("/page/totalPages").asInt()).isEqualTo(2);
		assertThat(first.at("/content/0/orderNumber").asText()).isEqualTo(placed.second());
		var second = clerk().get("/api/orders?size=1&page=1&q=" + placed.phone()).body();
		assertThat(second.at("/content/0/orderNumber").asText()).isEqualTo(placed.first());
		var beyond = clerk().get("/api/orders?size=1&page=5&q=" + placed.phone()).body();
		assertThat(beyond.get("content")).isEmpty();
		assertThat(beyond.at("/page/totalElements").asInt()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "\\", "%%%", "__", "C", "CF-", "'", "12", "9999999999999999999999", "Zq%", "a_b" })
	void oddTextIsAnAnswerNeverAnErrorAndWildcardsAreTakenLiterally(String q) {
		var placed = twoOrders();
		var encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
		var api = clerk().get("/api/orders?q=" + encoded);
		assertThat(api.status()).isEqualTo(200);
		assertThat(numbers(q)).doesNotContain(placed.first(), placed.second());
		assertThat(clerk().get("/orders?q=" + encoded).status()).isEqualTo(200);
		assertThat(clerk().get("/orders/board?q=" + encoded).status()).isEqualTo(200);
	}

	@Test
	void anUnknownStatusOnTheListPageIsIgnoredNotAServerError() {
		assertThat(clerk().get("/orders?status=BOGUS").status()).isEqualTo(200);
	}

	@Test
	void theOrderEntryShowsTheCustomersLastOrders() {
		var placed = twoOrders();
		var page = clerk().get("/orders/new/customer?phone=" + placed.phone());
		assertThat(page.status()).isEqualTo(200);
		var html = page.body().asText();
		var later = html.indexOf(TestOrders.due(SECOND_DAY, 15).substring(0, 10));
		var earlier = html.indexOf(TestOrders.due(FIRST_DAY, 15).substring(0, 10));
		assertThat(later).as("the order due later is listed first").isPositive().isLessThan(earlier);
		assertThat(html).contains(placed.name());
	}

	private static String letters(int n) {
		var sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return sb.toString();
	}
}
