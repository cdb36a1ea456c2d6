package com.cakeflow.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.HeadlessChromium;
import com.cakeflow.TestOrders;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A clerk enters an order from free text in a real browser, keyboard only, on a phone-sized screen. */
@CakeFlowIntegrationTest
class OrderEntryBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void clerkEntersAnOrderFromFreeTextWithTheKeyboard() {
		try (var browser = HeadlessChromium.open(port)) {
			var driver = browser.driver();
			browser.resize(HeadlessChromium.PHONE);
			browser.login("clerk");
			browser.go("/orders/new");
			browser.screenshotsAtBothWidths("order-entry-empty");
			browser.resize(HeadlessChromium.PHONE);
			var phone = TestOrders.freshPhone();
			var text = driver.switchTo().activeElement();
			assertThat(text.getAttribute("id")).isEqualTo("entry-text");
			text.sendKeys("巧克立8村 后天下午3点 自提 张女士 " + phone + " 写\"妈妈生日快乐\"");
			text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

			browser.waiting().until(d -> phone.equals(d.findElement(By.id("phone")).getDomProperty("value")));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("quote-total")));
			assertThat(new Select(driver.findElement(By.id("flavor"))).getFirstSelectedOption().getDomProperty("value")).isEqualTo("CHOCOLATE");
			assertThat(driver.findElement(By.id("draft-notes")).getText()).contains("巧克立");
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("place-order");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("capacity-ok")));
			assertThat(driver.findElement(By.id("quote-total")).getText()).isEqualTo("¥198.00");
			browser.screenshotsAtBothWidths("order-entry-read");

			driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("order-placed")));
			assertThat(driver.getCurrentUrl()).matches(".*/orders/CF-\\d{8}-\\d{4}");
			assertThat(driver.findElement(By.id("order-placed")).getText()).containsPattern("取货码 \\d{6}");
			browser.screenshotsAtBothWidths("order-placed");
		}
	}
}
