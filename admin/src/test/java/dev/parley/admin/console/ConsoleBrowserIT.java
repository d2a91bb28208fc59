package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.admin.model.ChatAliasRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium, headless, driven by chromium-driver. An admin
 * logs in, opens Presence &gt; Inter Domain Federation &gt; XMPP Federation &gt; Settings, switches
 * the security mode, sees the restart-pending banner, restarts the Router from it and logs out.
 *
 * <p>It fails (never skips) when chromium is missing: install {@code chromium} and {@code
 * chromium-driver} (Debian packages), or point {@code -Dparley.chromium} and {@code
 * -Dparley.chromedriver} at other binaries.
 */
class ConsoleBrowserIT {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("parley.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("parley.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dataDir;
  @TempDir Path profile;
  private ConsoleFixture fixture;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void requireChromium() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "ConsoleBrowserIT needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install -y chromium chromium-driver");
    }
  }

  @BeforeEach
  void start() {
    fixture = new ConsoleFixture(dataDir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where chromium's sandbox cannot start.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterEach
  void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      fixture.close();
    }
  }

  @Test
  void anAdminSwitchesTheSecurityModeAndRestartsFromTheBanner() {
    driver.get(fixture.baseUri() + "/console");
    logIn();

    driver.findElement(By.cssSelector("#menu a[data-page='federation/settings']")).click();
    WebElement tlsRequired =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mode-TLS_REQUIRED")));
    WebElement tlsSettings = driver.findElement(By.id("tls-settings"));
    assertThat(driver.findElement(By.id("mode-NO_TLS")).isSelected()).isTrue();
    assertThat(tlsSettings.getDomProperty("disabled")).isEqualTo("true");
    assertThat(driver.findElement(By.id("check-saslExternalIncoming")).isEnabled()).isFalse();
    assertThat(driver.findElement(By.id("tls-only-note")).getText())
        .contains("only configurable if you select the SSL mode");
    assertThat(driver.findElement(By.id("banner")).isDisplayed()).isFalse();

    tlsRequired.click();
    assertThat(tlsSettings.getDomProperty("disabled")).isEqualTo("false");
    assertThat(driver.findElement(By.id("check-saslExternalIncoming")).isEnabled()).isTrue();
    assertThat(driver.findElement(By.id("check-requireValidCertificates")).isSelected()).isTrue();
    driver.findElement(By.id("save-settings")).click();

    wait.until(ExpectedConditions.textToBe(By.id("status"), "Federation settings saved"));
    WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
    assertThat(banner.getText()).contains("Restart pending").contains("Router");
    assertThat(fixture.federation.settings().securityMode()).isEqualTo("TLS_REQUIRED");
    screenshot("federation-settings");

    banner.findElement(By.cssSelector("button[data-service='router']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("banner")));
    assertThat(driver.findElement(By.id("status")).getText())
        .isEqualTo("Restarted router on node-1");
    assertThat(fixture.federation.settings().restartPending()).isFalse();

    driver.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
    assertThat(driver.findElement(By.id("login-error")).getText())
        .isEqualTo("You have logged out.");
    driver.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
    assertThat(driver.findElement(By.id("app-view")).isDisplayed()).isFalse();
  }

  @Test
  void aWrongPasswordShowsTheServersMessage() {
    driver.get(fixture.baseUri() + "/console");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-jid")))
        .sendKeys(ConsoleFixture.ADMIN);
    driver.findElement(By.id("login-password")).sendKeys("wrong");
    driver.findElement(By.id("login-submit")).click();

    wait.until(ExpectedConditions.textToBe(By.id("login-error"), "invalid JID or password"));
    assertThat(driver.findElement(By.id("app-view")).isDisplayed()).isFalse();
  }

  @Test
  void everyMenuPageRendersFromTheApi() {
    fixture.chat.add(new ChatAliasRequest("conference-2.example.com", null, null, null));
    driver.get(fixture.baseUri() + "/console");
    logIn();

    List<String> pages =
        driver.findElements(By.cssSelector("#menu a")).stream()
            .map(link -> link.getDomAttribute("data-page"))
            .toList();
    assertThat(pages)
        .containsExactly(
            "overview",
            "federation/settings",
            "federation/policy",
            "federation/email",
            "federation/streams",
            "chat/aliases",
            "dns",
            "users",
            "sessions");
    for (String page : pages) {
      driver.findElement(By.cssSelector("#menu a[data-page='" + page + "']")).click();
      WebElement view =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#main > [data-page='" + page + "']")));
      assertThat(view.findElements(By.cssSelector("h1"))).as(page).hasSize(1);
      assertThat(view.findElements(By.cssSelector(".error"))).as(page).isEmpty();
      screenshot(page.replace('/', '-'));
    }
  }

  @Test
  void removingAnAliasWithPersistentRoomsAsksForConfirmation() {
    fixture.chat.add(new ChatAliasRequest("conference-2.example.com", null, null, null));
    fixture.chat.persistentRooms("conference-2.example.com", 3);
    driver.get(fixture.baseUri() + "/console#/chat/aliases");
    logIn("chat/aliases");

    driver
        .findElement(By.cssSelector("button[aria-label='Remove alias conference-2.example.com']"))
        .click();
    WebElement confirm =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm")));
    assertThat(fixture.chat.aliases()).hasSize(1);
    confirm.findElement(By.cssSelector("button.danger")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "No chat node aliases."));
    assertThat(fixture.chat.aliases()).isEmpty();
    assertThat(driver.findElement(By.id("status")).getDomAttribute("class"))
        .doesNotContain("failed");
  }

  private void logIn() {
    logIn("overview");
  }

  private void logIn(String firstPage) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-jid")))
        .sendKeys(ConsoleFixture.ADMIN);
    driver.findElement(By.id("login-password")).sendKeys(ConsoleFixture.PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("who"), ConsoleFixture.ADMIN));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#main > [data-page='" + firstPage + "'] h1")));
  }

  /** Keeps a picture of the page in target/ for whoever reads a failure. */
  private void screenshot(String name) {
    Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
    try {
      Path target = Path.of("target", "console-" + name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
