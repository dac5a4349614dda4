package dev.clapboard.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Chromium for real-browser tests: Debian's {@code /usr/bin/chromium} when installed (no download),
 * otherwise the browser Playwright manages itself.
 */
public final class Browser {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {
    }

    public static Playwright playwright() {
        var options = new Playwright.CreateOptions();
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        return Playwright.create(options);
    }

    public static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        var launch = new BrowserType.LaunchOptions().setHeadless(true);
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            launch.setExecutablePath(DEBIAN_CHROMIUM).setArgs(List.of("--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run"));
        }
        return playwright.chromium().launch(launch);
    }
}
