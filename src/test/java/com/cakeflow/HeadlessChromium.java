package com.cakeflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless browser for {@code *BrowserTests}: Debian's {@code chromium} driven through its {@code chromium-driver}
 * package (nothing is downloaded). Where they are not installed the tests are skipped, except under {@code CI=true},
 * where that is a failure ({@code .ci/run} installs them).
 */
public final class HeadlessChromium implements AutoCloseable {

	/** A phone held upright (the narrowest screen we support) and a kitchen tablet on its side. */
	public static final Dimension PHONE = new Dimension(360, 780);
	public static final Dimension TABLET = new Dimension(1024, 768);

	private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;
	private final int port;

	private HeadlessChromium(int port, String language) {
		boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("chromium and chromium-driver must be installed for browser tests in CI: " + BROWSER + ", " + DRIVER);
		}
		Assumptions.assumeTrue(installed, "browser tests skipped: apt-get install chromium chromium-driver");
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
				"--lang=" + language, "--window-size=" + TABLET.width + "," + TABLET.height);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
		this.driver = new ChromeDriver(service, options);
		this.port = port;
	}

	public static HeadlessChromium open(int port) {
		return new HeadlessChromium(port, "zh-CN");
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Waits up to 10 s for a condition, looking again when the element it read was swapped out in between (the pages
	 * replace parts of themselves as answers arrive, so an element found a moment ago may be gone when it is read).
	 */
	public WebDriverWait waiting() {
		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	public void go(String path) {
		driver.get("http://127.0.0.1:" + port + path);
	}

	/**
	 * Clicks what {@code by} finds, scrolled to the middle of the screen, trying again while the page is still moving
	 * under the pointer (an htmx swap or a live refresh replacing the element).
	 */
	public void click(org.openqa.selenium.By by) {
		var attempts = new int[1];
		waiting().ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
				var element = d.findElement(by);
				// instant: Bootstrap makes scrolling smooth, and a click during the glide lands where the element was
				driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
				if (++attempts[0] > 4) { // still covered after two seconds: press it the way a script would
					driver.executeScript("arguments[0].click();", element);
				}
				else {
					element.click();
				}
				return true;
			});
	}

	/** Logs in through the login page as a demo user. */
	public void login(String user) {
		go("/login");
		driver.findElement(org.openqa.selenium.By.name("username")).sendKeys(user);
		driver.findElement(org.openqa.selenium.By.name("password")).sendKeys("demo");
		driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
		waiting().until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Cuts the network (DevTools network emulation), as a kitchen tablet losing Wi-Fi; {@code false} brings it back. */
	public void offline(boolean offline) {
		var conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
		conditions.setOffline(offline);
		driver.setNetworkConditions(conditions);
	}

	public void resize(Dimension size) {
		driver.manage().window().setSize(size);
	}

	/** Saves the page as it is now under {@code target/screenshots/NAME-WIDTH.png}, full height. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			var width = driver.manage().window().getSize().width;
			var target = SCREENSHOTS.resolve(name + "-" + width + ".png");
			var png = driver.getScreenshotAs(OutputType.BYTES);
			Files.write(target, png);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The page at phone and at tablet width, each saved as a screenshot. */
	public void screenshotsAtBothWidths(String name) {
		for (var size : new Dimension[] { PHONE, TABLET }) {
			resize(size);
			screenshot(name);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
