package io.stepline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium per test JVM (Debian's chromium and chromedriver at fixed paths: Selenium
 * downloads nothing), started on first use and quit when the JVM ends. A missing browser fails the
 * tests with what to install: browser tests never skip.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver driver;

    private Browser() {
    }

    static synchronized ChromeDriver get() {
        if (driver == null) {
            driver = start();
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    private static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The web UI's browser tests need Debian's headless Chromium at " + CHROMIUM
                    + " and its driver at " + CHROMEDRIVER + ": install them with"
                    + " `apt-get install -y chromium chromium-driver` (.ci/run does).");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("stepline-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Root in a sandboxless container, and no calls home: the machine's network is closed.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1440,960",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return started;
    }
}
