package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's chromium and chromium-driver packages, driven by Selenium with the
 * flags that work on a machine without a display or internet, downloads going to a directory of its
 * own, and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    /** Starts Chromium, or fails saying how to install it: CI installs it, so a missing browser is an error. */
    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need headless Chromium and its driver at %s and %s, which are missing. "
                    + "Install them with: apt-get install -y chromium chromium-driver (.ci/run does this).",
                    CHROMIUM, CHROMEDRIVER);
        }
        Path profile = Files.createTempDirectory("alliance-chromium-profile");
        Path downloads = Files.createTempDirectory("alliance-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1500,1100", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, downloads, profile);
    }

    /** Signs in as the tests' administrator through the real sign-in form, and waits for the planners' page. */
    void signIn(String base) {
        signIn(base, org.allianceplanner.testing.TestCredentials.ADMIN_USER,
                org.allianceplanner.testing.TestCredentials.ADMIN_PASSWORD);
    }

    /** Signs in through the sign-in form and waits for the planners' page to be ready. */
    void signIn(String base, String username, String password) {
        driver.get(base + "/signin.html");
        waitFor(d -> "true".equals(find("body").getDomAttribute("data-ready")));
        find("#username").clear();
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#signin-button").click();
        waitFor(d -> d.getCurrentUrl().startsWith(base + "/") && !d.getCurrentUrl().contains("signin")
                && "true".equals(find("body").getDomAttribute("data-ready")));
    }

    <T> T waitFor(Duration atMost, Function<WebDriver, T> condition) {
        // The page re-renders a view by replacing its elements, so one found a moment ago may be gone:
        // look again on the next poll rather than fail.
        return new WebDriverWait(driver, atMost, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(15), condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for an element to be shown, brings it to the middle of the window (clear of the header) and clicks it. */
    void click(String css) {
        // Found, scrolled and clicked in one go, so that a view re-rendered in between is simply retried.
        waitFor(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            if (!e.isDisplayed() || !e.isEnabled()) {
                return null;
            }
            script("arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
            return true;
        });
    }

    /** Types {@code value} into the input, replacing what it held. */
    void setValue(String css, String value) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Opens the page, starts a new plan of a demo dataset with 2-second limits and waits until it has
     * solved: the first steps of the browser tests that need a finished plan.
     */
    void solveDemoPlan(String base, String dataset, String summaryText) {
        driver.get(base + "/");
        waitFor(d -> "true".equals(find("body").getDomAttribute("data-ready")));
        click("#new-plan");
        new Select(find("#dataset-select")).selectByValue(dataset);
        waitFor(d -> text("#problem-summary").contains(summaryText));
        setValue("#time-limit", "2");
        setValue("#unimproved-limit", "2");
        click("#start-button");
        waitFor(Duration.ofSeconds(30), d -> text("#plan-status").equals("已完成"));
    }

    /** Whether the element is shown, looked up again if the view re-rendered it meanwhile. */
    boolean displayed(String css) {
        // Wrapped: a wait treats a plain false as "not yet" and would wait for true.
        return waitFor(d -> java.util.Optional.of(d.findElement(By.cssSelector(css)).isDisplayed())).get();
    }

    String text(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)).getText());
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens every view of the page in the language it is in and returns the visible texts that do not
     * belong there (see visible-text-scan.js): code names in Chinese, Chinese labels in English.
     */
    @SuppressWarnings("unchecked")
    List<String> strayTexts() {
        try (var in = Browser.class.getResourceAsStream("/web/visible-text-scan.js")) {
            return (List<String>) driver.executeAsyncScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next finished download whose name ends with {@code suffix}. */
    Path download(String suffix, Duration atMost) {
        return waitFor(atMost, d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
