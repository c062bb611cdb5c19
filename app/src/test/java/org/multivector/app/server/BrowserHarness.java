package org.multivector.app.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}, never a downloaded browser) driven by
 * Playwright, one browser per test class, against a dashboard on a free port. Pages record every
 * console error and uncaught exception so tests can insist there are none.
 */
final class BrowserHarness implements AutoCloseable {

    /** Where Debian's chromium package puts the browser; {@code MULTIVECTOR_CHROMIUM} names another. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MULTIVECTOR_CHROMIUM", "/usr/bin/chromium"));

    /** Why browser tests cannot run here, or null when they can. */
    static String absentReason() {
        return Files.isExecutable(CHROMIUM)
                ? null
                : "browser tests skipped: " + CHROMIUM + " is absent; install it with"
                        + " apt-get install -y chromium chromium-driver (.ci/run does)";
    }

    /**
     * Skips the calling test, with the reason, when Chromium is absent. Call it from {@code @BeforeEach}:
     * an assumption that fails in {@code @BeforeAll} makes Surefire count nothing (0 run, 0 skipped), so
     * a reader of the report would not know the browser tests exist.
     */
    static void assumeBrowser() {
        String reason = absentReason();
        assumeTrue(reason == null, reason);
    }

    final DashboardServer server;
    private final Playwright playwright;
    private final Browser browser;

    private BrowserHarness(DashboardServer server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts server and browser, or returns null when Chromium is not installed (then {@link #assumeBrowser()} skips each test). */
    static BrowserHarness start(DatasetCatalog catalog) {
        if (absentReason() != null) {
            return null;
        }
        DashboardServer server = DashboardServer.start(ServerSettings.loopback(0), catalog, Fixtures.tempStore());
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        return new BrowserHarness(server, playwright, browser);
    }

    /** A page in a fresh context, with its console errors collected in {@code errors}. */
    Page open(List<String> errors) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console: " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        page.onRequestFailed(request -> {
            // a page closing its own event stream once the job has ended aborts that request: not an error
            boolean closedStream = request.url().endsWith("/events")
                    && String.valueOf(request.failure()).contains("ERR_ABORTED");
            if (!closedStream) {
                errors.add("request failed: " + request.url() + " " + request.failure());
            }
        });
        page.setDefaultTimeout(15_000);
        return page;
    }

    static List<String> errorList() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /**
     * Saves a screenshot of the page as NAME.png: into app/target/screenshots on every run, and into
     * docs/screenshots (the pictures the docs show) when run with {@code -Dscreenshots.update=true},
     * so that an ordinary test run leaves the working tree clean.
     */
    static void screenshot(Page page, String name) throws java.io.IOException {
        Path root = Path.of(System.getProperty("user.dir"));
        if (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Path folder = Boolean.getBoolean("screenshots.update")
                ? root.resolve("docs").resolve("screenshots")
                : root.resolve("app").resolve("target").resolve("screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        if (Files.size(file) < 1_000) {
            throw new IllegalStateException("screenshot " + file + " is suspiciously small");
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            server.close();
        }
    }
}
