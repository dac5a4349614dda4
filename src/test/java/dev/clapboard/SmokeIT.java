package dev.clapboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clapboard.support.BrowserTest;
import dev.clapboard.support.DemoLogins;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal in a real Chromium: sign in as a demo member and see the demo campaign. */
class SmokeIT extends BrowserTest {

    @Test
    void a_manager_signs_in_sees_the_demo_campaign_and_signs_out() {
        var cspViolations = new java.util.ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        var loginPage = page.navigate(url("/"));
        org.assertj.core.api.Assertions.assertThat(loginPage.headers())
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "strict-origin-when-cross-origin")
                .containsKey("content-security-policy");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        submitLogin(DemoLogins.MANAGER.email, DemoLogins.MANAGER.password);

        assertThat(page.getByText("Spring Launch: Northwind Analytics 3.0")).isVisible();
        assertThat(page.getByText("Marco Manning").first()).isVisible();
        assertThat(page).hasTitle("Campaigns · Clapboard");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/campaigns.png")));

        org.assertj.core.api.Assertions.assertThat(cspViolations).as("the app works under its CSP").isEmpty();
        var sessionCookie = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(sessionCookie.httpOnly).as("HttpOnly").isTrue();
        org.assertj.core.api.Assertions.assertThat(sessionCookie.sameSite)
                .isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account menu of Marco Manning")).click();
        page.getByText("Sign out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_shows_an_error_and_opens_nothing() {
        page.navigate(url("/login"));

        submitLogin(DemoLogins.ADMIN.email, "not-the-password");

        assertThat(page.getByText("Incorrect e-mail or password")).isVisible();
        page.navigate(url("/members"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
