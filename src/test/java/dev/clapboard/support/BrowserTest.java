package dev.clapboard.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real-browser tests (run by Failsafe as {@code *IT}): the app on a random port with the demo data, one
 * Chromium per test class and a fresh browser context (cookies, storage) per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public abstract class BrowserTest {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Browser.playwright();
        browser = Browser.chromium(playwright);
        // A loaded CI machine renders a first Vaadin view in more than the 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills and submits the login form on the current page. */
    protected void submitLogin(String email, String password) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Opens the login page and signs in as a demo member. */
    protected void signInAs(DemoLogins login) {
        page.navigate(url("/login"));
        submitLogin(login.email, login.password);
    }
}
