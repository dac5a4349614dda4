package dev.clapboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.clapboard.support.DemoLogins;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The portal in a real Chromium: sign in as a demo member and see the demo campaign. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SmokeIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = dev.clapboard.support.Browser.playwright();
        browser = dev.clapboard.support.Browser.chromium(playwright);
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

    @Test
    void a_manager_signs_in_sees_the_demo_campaign_and_signs_out() {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn(DemoLogins.MANAGER.email, DemoLogins.MANAGER.password);

        assertThat(page.getByText("Spring Launch: Northwind Analytics 3.0")).isVisible();
        assertThat(page.getByText("Marco Manning").first()).isVisible();
        assertThat(page).hasTitle("Campaigns · Clapboard");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/campaigns.png")));

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account menu of Marco Manning")).click();
        page.getByText("Sign out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_shows_an_error_and_opens_nothing() {
        page.navigate("http://localhost:" + port + "/login");

        signIn(DemoLogins.ADMIN.email, "not-the-password");

        assertThat(page.getByText("Incorrect e-mail or password")).isVisible();
        page.navigate("http://localhost:" + port + "/members");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void signIn(String email, String password) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
