package org.warmaid.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Real headless Chromium driven by the Debian chromedriver (nothing is downloaded), in Chinese,
 * on a 1366-wide laptop screen unless told otherwise. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A task completed through the webapps' engine API; the group is the task's own address. */
    private static final Pattern TASK_COMPLETION = Pattern.compile("(.*/engine/engine/default/task/[^/?]+)/(?:submit-form|complete)");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path downloads;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path downloads, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
        this.profile = profile;
    }

    public static Browser open(int port) {
        return open(port, 1366, 900);
    }

    public static Browser open(int port, int width, int height) {
        return open("http://localhost:" + port, width, height);
    }

    /**
     * Over https, to a port whose certificate was made for the test: the browser accepts it without
     * a trusted issuer (everything else about TLS, mixed content included, is as for any site).
     */
    public static Browser openSecure(int port) {
        return open("https://localhost:" + port, 1366, 900);
    }

    private static Browser open(String baseUrl, int width, int height) {
        try {
            Path downloads = Files.createTempDirectory("warmaid-downloads");
            Path profile = Files.createTempDirectory("warmaid-chromium");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-features=Translate,MediaRouter,OptimizationHints", "--lang=zh-CN",
                    "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
            Map<String, Object> preferences = new HashMap<>();
            preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
            preferences.put("download.prompt_for_download", false);
            preferences.put("intl.accept_languages", "zh-CN,zh");
            options.setExperimentalOption("prefs", preferences);
            // the network log (every response's status) and the console, read by failedRequests() and consoleErrors()
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.PERFORMANCE, Level.ALL);
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            options.setAcceptInsecureCerts(baseUrl.startsWith("https:"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return new Browser(driver, baseUrl, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The requests answered with 4xx or 5xx since the last call (status and address), from the
     * browser's own network log; for a page over https also every answer that came over plain http
     * and every request blocked as mixed content.
     */
    public List<String> failedRequests() {
        List<String> failed = new ArrayList<>();
        Set<String> completedTasks = new HashSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asText();
                if ("Network.responseReceived".equals(method)) {
                    JsonNode response = message.path("params").path("response");
                    int status = response.path("status").asInt();
                    String url = response.path("url").asText();
                    Matcher completion = TASK_COMPLETION.matcher(url);
                    if (status < 300 && completion.matches()) {
                        completedTasks.add(completion.group(1));
                    }
                    if (status == 404 && completedTasks.contains(url)) {
                        // Tasklist itself may ask once more for the task it has just completed, before
                        // it leaves it: the answer is 404 and Tasklist shows nothing of it
                        continue;
                    }
                    if (status >= 400) {
                        failed.add(status + " " + url);
                    } else if (baseUrl.startsWith("https:") && url.startsWith("http:")) {
                        failed.add("insecure " + url);
                    }
                } else if ("Network.loadingFailed".equals(method)
                        && "mixed-content".equals(message.path("params").path("blockedReason").asText())) {
                    failed.add("blocked as mixed content: request " + message.path("params").path("requestId").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return failed;
    }

    /** The console's errors since the last call. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Forgets what the network log and the console held so far. */
    public Browser clearLogs() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        return this;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Signs in on the application's own login page as a staff member (工作人员登录). */
    public Browser loginAsStaff(String account, String password) {
        go("/login?staff=1");
        type("#staff-login input[name=username]", account);
        type("#staff-login input[name=password]", password);
        clickAndLoad("#staff-login button[type=submit]");
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement find(String css) {
        return find(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String css, String visibleText) {
        new Select(find(css)).selectByVisibleText(visibleText);
        return this;
    }

    public Browser click(String css) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public Browser clickAndLoad(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        waitForNewPage(page);
        return this;
    }

    /**
     * Waits until the page the element belonged to has been replaced and the new one has loaded.
     * Chromium answers a question about an element of a page being replaced either "stale" or
     * "node does not belong to the document"; both mean the old page is gone.
     */
    public void waitForNewPage(WebElement old) {
        waitUntil(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks a button that asks for confirmation, confirms, and waits for the page it submits to. */
    public Browser clickAndConfirm(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(css);
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return find("body").getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    public Browser waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    /** The first file that appears in the download folder, once complete. */
    public Path download() {
        return waitUntil(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(file -> !file.getFileName().toString().startsWith(".")
                                && !file.toString().endsWith(".crdownload") && !file.toString().endsWith(".tmp"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the portal's unit login: unit, union head's name, password. */
    public Browser loginAsUnit(String unitName, String unionHead, String password) {
        go("/login");
        select("#unit", unitName);
        type("#name", unionHead);
        type("#password", password);
        clickAndLoad("#unit-login button[type=submit]");
        return this;
    }

    /** Quits Chromium and removes its profile and download folders. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(downloads.toFile());
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
