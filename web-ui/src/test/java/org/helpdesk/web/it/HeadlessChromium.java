package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian chromium, headless, driven through the Debian chromedriver: one per test class. Signs in as a
 * persona through the login form, saves screenshots to {@code docs/screenshots/} and checks pages with axe
 * against WCAG 2.1 A and AA. Nothing is ever downloaded: both binaries are given, so Selenium Manager is not
 * asked; a missing package fails the test.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final String base;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(int port) throws IOException {
        this.base = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("helpdesk-chromium-");
        this.downloads = Files.createDirectories(profile.resolve("downloads"));
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        // --window-size includes the browser's own frame: make the page itself 1366 x 900
        long inner = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1366, (int) (900 + 900 - inner)));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Starts the browser, or fails saying which Debian packages to install. */
    static HeadlessChromium start(int port) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new AssertionError(binary + " is missing: the browser tests need the Debian packages,"
                        + " install them with `apt-get install chromium chromium-driver` (.ci/run does this)");
            }
        }
        // Selenium Manager must never fetch a browser or driver here; the binaries above are all we use.
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            return new HeadlessChromium(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app and waits until the page has loaded. */
    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits up to 30 seconds (the search index and background work are asynchronous). */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Signs out whoever is signed in and signs in as the persona through the login form. */
    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(Personas.PASSWORD);
        find(By.cssSelector("form.stacked button[type=submit]")).click();
        await("signed in as " + username, d -> !d.getCurrentUrl().contains("/login"));
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The file the browser downloaded last, once it is complete. */
    Path awaitDownload(String suffix) {
        return await("a " + suffix + " file in " + downloads, d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Saves the viewport as {@code docs/screenshots/<name>.png} in the repository. */
    void screenshot(String name) {
        Path target = repositoryRoot().resolve("docs/screenshots/" + name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with a readable list when axe finds WCAG 2.1 A or AA violations on the current page. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored())
                .as("axe could not check %s: %s", page, results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError("accessibility violations (WCAG 2.1 A/AA) on " + page + " (" + path() + "):\n"
                    + describe(results.getViolations()));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(HeadlessChromium::describe)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
        return "    " + node.getTarget() + " " + node.getHtml() + "\n      " + summary;
    }

    /** The directory holding {@code mvnw}: Failsafe runs in the module's directory. */
    static Path repositoryRoot() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("web-ui"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + dir);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
