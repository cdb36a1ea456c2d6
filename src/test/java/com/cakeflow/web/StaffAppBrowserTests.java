package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.HeadlessChromium;
import com.cakeflow.TestOrders;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderManagement;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One cake from counter to customer in a real browser: the clerk enters it from free text, baker1 and decorator1 finish
 * it on the kitchen display, frontdesk1 packs it and hands it over against the pickup code. Screenshots of every screen
 * at phone and tablet width go to target/screenshots. And a tap made offline is queued and sent once.
 */
@CakeFlowIntegrationTest
class StaffAppBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	TaskService tasks;
	@Autowired
	OrderManagement orders;
	@Autowired
	InscriptionProofs proofs;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aCakeGoesFromFreeTextToHandoverThroughEveryRolesScreen() {
		var phone = TestOrders.freshPhone();
		String number;
		String code;
		try (var clerk = HeadlessChromium.open(port)) {
			number = enterFromFreeText(clerk, "clerk", "6寸芒果 后天下午4点 自提 林小姐 " + phone + " 写「生日快乐」", phone);
			code = clerk.driver().findElement(By.cssSelector("#order-placed strong")).getText().replaceAll("\\D", "");
			clerk.screenshotsAtBothWidths("staff-1-clerk-order");
		}
		var deposit = jdbc.sql("select deposit_fen from cake_order where number = ?").param(number).query(Long.class).single();
		assertThat(new ApiClient(port, "clerk").post("/api/orders/" + number + "/payments", Map.of("amountFen", deposit, "method", "CASH")).status())
			.isEqualTo(201);

		finishOnTheKitchenDisplay("baker1", "BAKE", number, "staff-2-baker-display");
		finishOnTheKitchenDisplay("decorator1", "DECORATE", number, "staff-3-decorator-display");
		finishOnTheKitchenDisplay("frontdesk1", "PACK", number, "staff-4-packing-display");

		try (var desk = HeadlessChromium.open(port)) {
			desk.resize(HeadlessChromium.PHONE);
			desk.login("frontdesk1");
			desk.go("/frontdesk");
			desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shelf li[data-order='" + number + "']")));
			desk.screenshotsAtBothWidths("staff-5-frontdesk-shelf");
			desk.driver().findElement(By.id("pickup-code")).sendKeys(code + Keys.ENTER);
			desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-handover")));
			desk.click(By.cssSelector("label[for=method-CASH]"));
			desk.screenshotsAtBothWidths("staff-6-frontdesk-handover");
			desk.click(By.id("confirm-handover"));
			desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handed-over")));
			assertThat(desk.driver().findElement(By.id("handed-over")).getText()).contains(number);
		}
		assertThat(jdbc.sql("select status from cake_order where number = ?").param(number).query(String.class).single()).isEqualTo("COMPLETED");
	}

	@Test
	void aTapMadeOfflineIsQueuedAndSentOnceTheConnectionIsBack() {
		var number = orders.place(TestOrders.pickup("MEITUAN", 6, 8), null).orderNumber();
		proofs.confirm(number, InscriptionProofs.Method.READ_BACK, "clerk");
		var bake = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_BakeCake").singleResult().getId();
		try (var baker = HeadlessChromium.open(port)) {
			baker.login("baker2");
			baker.go("/kitchen/display?station=BAKE&all=true");
			var js = (JavascriptExecutor) baker.driver();
			assertThat(js.executeAsyncScript("var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function () { done(true); });"))
				.isEqualTo(true);
			baker.driver().navigate().refresh(); // a page loaded after the worker installed is under its control (and cached)
			assertThat(js.executeScript("return navigator.serviceWorker.controller !== null")).isEqualTo(true);
			assertThat(js.executeScript("return document.querySelector('link[rel=manifest]').href")).asString().endsWith("/manifest.webmanifest");

			baker.offline(true);
			baker.driver().navigate().refresh(); // the Wi-Fi is gone: the display still shows, from the worker's copy
			var card = By.cssSelector("article[data-task='" + bake + "']");
			baker.waiting().until(ExpectedConditions.presenceOfElementLocated(card));
			baker.click(By.cssSelector("article[data-task='" + bake + "'] .done-task"));
			baker.waiting().until(d -> d.findElement(card).getDomAttribute("class").contains("queued"));
			assertThat(baker.driver().findElement(By.id("queue-badge")).getText()).isEqualTo("待发送 1");
			baker.screenshotsAtBothWidths("staff-7-offline-queued");
			assertThat(tasks.createTaskQuery().taskId(bake).singleResult()).as("nothing sent while offline").isNotNull();

			baker.offline(false);
			new WebDriverWait(baker.driver(), Duration.ofSeconds(30)).until(d -> tasks.createTaskQuery().taskId(bake).singleResult() == null);
			baker.waiting().until(d -> !d.findElement(By.id("queue-badge")).isDisplayed());
			assertThat(js.executeScript("return JSON.parse(localStorage.getItem('cakeflow.queue')).length")).isEqualTo(0L);
		}
		assertThat(jdbc.sql("select count(*) from order_event e join cake_order o on o.id = e.order_id where o.number = ? and e.type = 'TASK_COMPLETED' "
				+ "and e.details like '%Bake cake%'").param(number).query(Integer.class).single()).as("done once").isEqualTo(1);
	}

	/**
	 * The second store (徐汇店) works its own cake: its clerk takes it, its baker bakes it, and decorator1, who works in
	 * both stores, does not see it in 静安店 until switching to 徐汇店 in the menu.
	 */
	@Test
	void aSecondStoreWorksItsOwnCakeAndSomeoneOfBothStoresSwitchesToIt() {
		long sh02 = jdbc.sql("select id from store where code = 'SH02'").query(Long.class).single();
		var phone = TestOrders.freshPhone();
		String number;
		try (var clerk = HeadlessChromium.open(port)) {
			number = enterFromFreeText(clerk, "clerk2", "8寸巧克力 大后天下午3点 自提 何先生 " + phone + " 写「爷爷生日快乐」", phone);
			assertThat(clerk.driver().findElement(By.id("store-name")).getDomProperty("textContent")).isEqualTo("甜心蛋糕坊 徐汇店");
		}
		assertThat(jdbc.sql("select store_id from cake_order where number = ?").param(number).query(Long.class).single())
			.as("taken for the clerk's own store").isEqualTo(sh02);
		var deposit = jdbc.sql("select deposit_fen from cake_order where number = ?").param(number).query(Long.class).single();
		assertThat(new ApiClient(port, "clerk2").post("/api/orders/" + number + "/payments", Map.of("amountFen", deposit, "method", "CASH")).status())
			.isEqualTo(201);
		finishOnTheKitchenDisplay("baker3", "BAKE", number, "staff-8-second-store-baker");

		try (var decorator = HeadlessChromium.open(port)) {
			decorator.resize(HeadlessChromium.TABLET);
			decorator.login("decorator1");
			decorator.go("/kitchen/display?station=DECORATE&all=true");
			var card = By.cssSelector("article[data-order='" + number + "']");
			assertThat(decorator.driver().findElements(card)).as("静安店's display").isEmpty();
			new org.openqa.selenium.support.ui.Select(decorator.driver().findElement(By.id("store-switch"))).selectByValue("SH02");
			decorator.waiting().until(ExpectedConditions.presenceOfElementLocated(card));
			assertThat(decorator.driver().getCurrentUrl()).as("back on the same screen").contains("/kitchen/display?station=DECORATE");
			assertThat(new org.openqa.selenium.support.ui.Select(decorator.driver().findElement(By.id("store-switch"))).getFirstSelectedOption()
				.getText()).isEqualTo("甜心蛋糕坊 徐汇店");
			decorator.screenshotsAtBothWidths("staff-9-store-switched");
			decorator.resize(HeadlessChromium.TABLET);
			decorator.click(By.cssSelector("article[data-order='" + number + "'] .done-task"));
			decorator.waiting().until(ExpectedConditions.invisibilityOfElementLocated(card));
		}
		assertThat(jdbc.sql("select status from cake_order where number = ?").param(number).query(String.class).single()).isEqualTo("PACKING");
	}

	/** A clerk at phone width types the order as free text, reads the inscription back and places it; its number. */
	private static String enterFromFreeText(HeadlessChromium clerk, String user, String order, String phone) {
		clerk.resize(HeadlessChromium.PHONE);
		clerk.login(user);
		clerk.go("/orders/new");
		var text = clerk.driver().findElement(By.id("entry-text"));
		text.sendKeys(order);
		text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		clerk.waiting().until(d -> phone.equals(d.findElement(By.id("phone")).getDomProperty("value")));
		clerk.click(By.id("inscriptionReadBack"));
		clerk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("quote-total")));
		clerk.click(By.id("place-order"));
		clerk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-placed")));
		return clerk.driver().getCurrentUrl().replaceAll(".*/orders/", "");
	}

	private void finishOnTheKitchenDisplay(String user, String station, String number, String screenshot) {
		try (var browser = HeadlessChromium.open(port)) {
			browser.resize(HeadlessChromium.TABLET);
			browser.login(user);
			browser.go("/kitchen/display?station=" + station + "&all=true");
			var card = By.cssSelector("article[data-order='" + number + "']");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(card));
			assertThat(browser.driver().findElement(card).findElement(By.cssSelector(".display-inscription")).getText()).contains("生日快乐");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
					browser.driver().findElement(card));
			browser.screenshotsAtBothWidths(screenshot);
			browser.resize(HeadlessChromium.TABLET);
			browser.click(By.cssSelector("article[data-order='" + number + "'] .done-task"));
			browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(card));
		}
	}
}
