package org.acquis.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Selenium, with the waits and checks the journeys
 * share.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	public Browser(String base) {
		this.base = base;
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=fr-FR", "--window-size=1280,1024");
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.base + path);
	}

	public WebElement find(By locator) {
		return this.driver.findElement(locator);
	}

	public List<WebElement> findAll(By locator) {
		return this.driver.findElements(locator);
	}

	public String url() {
		return this.driver.getCurrentUrl();
	}

	/** Clicks and waits for the next page to replace the current one. */
	public void clickAndWait(By locator) {
		var page = this.driver.findElement(By.tagName("main"));
		this.driver.findElement(locator).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	public void clickAndWait(WebElement element) {
		var page = this.driver.findElement(By.tagName("main"));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	/** Waits until an element matches (after an in-place update by htmx, say). */
	public WebElement waitFor(By locator) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/** Waits until no element matches (removed in place by htmx, say). */
	public void waitGone(By locator) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.invisibilityOfElementLocated(locator));
	}

	/** Scrolls an element to the top of the window (for a screenshot of it). */
	public void scrollTo(By locator) {
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
				find(locator));
	}

	/** The size of the window's viewport, as a phone's (360 x 740) or a desktop's. */
	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/**
	 * The width of the page's content: wider than the viewport means a sideways scroll.
	 */
	public long scrollWidth() {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	public long innerWidth() {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return window.innerWidth")).longValue();
	}

	/** No WCAG 2.1 A/AA violation that axe-core can detect on the current page. */
	public void assertAccessible() {
		var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver);
		var violations = results.getViolations()
			.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): "
					+ v.getNodes()
						.stream()
						.map(n -> String.valueOf(n.getTarget()))
						.limit(3)
						.collect(Collectors.joining(", ")))
			.toList();
		assertThat(violations).as("accessibility violations on " + url()).isEmpty();
	}

	/** Keeps a picture of the page under target/screenshots for people to look at. */
	public void screenshot(String name) {
		try {
			var file = ((org.openqa.selenium.TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			var target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(file.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
