package org.zhixing.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (so Selenium Manager never tries to download a
 * browser), with a fresh profile per browser so that no login leaks from one test into the next.
 */
public final class Browser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final WebDriver driver;
  private final Path profile;

  public Browser() {
    try {
      profile = Files.createTempDirectory("zhixing-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("zhixing.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads().toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("zhixing.it.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Fills Keycloak's login form, which the portal redirects to, and waits until the portal shows the user. */
  public void logInAs(String username) {
    visible(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    visible(testId("user-name"));
  }

  public WebElement visible(By by) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitForText(By by, String text) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits until the element's text is no longer {@code before}, e.g. a total after a filter was applied. */
  public void waitUntilChanged(By by, String before) {
    new WebDriverWait(driver, PATIENCE).until(d -> !d.findElement(by).getText().equals(before));
  }

  /** Waits until the browser has saved a download whose name ends with {@code suffix}, and gives its path. */
  public Path downloaded(String suffix) {
    return new WebDriverWait(driver, PATIENCE).until(d -> {
      try (var files = Files.list(downloads())) {
        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
      } catch (IOException e) {
        return null; // the folder appears with the first download
      }
    });
  }

  private Path downloads() {
    return profile.resolve("downloads");
  }

  public WebDriver driver() {
    return driver;
  }

  public boolean isPresent(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /** Keeps what the page looks like now as target/screenshots/{name}.png, for a person to look at after the run. */
  public void screenshot(String name) {
    Path file = Path.of("target", "screenshots", name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static By testId(String id) {
    return By.cssSelector("[data-test='" + id + "']");
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless; the test result is what matters.
    }
  }
}
