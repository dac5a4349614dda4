package dev.clapboard.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clapboard.security.Roles;
import dev.clapboard.support.BrowserTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two-factor sign-in in a real Chromium: the password leads to the code page, and only the code signs in. */
class TwoFactorIT extends BrowserTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    TwoFactorService twoFactor;

    @Test
    void the_right_password_asks_for_the_code_and_a_wrong_code_opens_nothing() {
        var email = "browser-two-factor@two-factor.example";
        secondWorkspace.create("Two-factor browsers", email, Roles.CREATOR, "Browser campaign");
        signIn.as(email, SecondWorkspace.PASSWORD);
        var secret = twoFactor.start().secret();
        twoFactor.turnOn(secret, TwoFactorCodes.now(secret));
        SignIn.out();

        page.navigate(url("/login"));
        submitLogin(email, SecondWorkspace.PASSWORD);
        assertThat(page).hasTitle("Two-factor sign-in · Clapboard");
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.navigate(url("/login"));
        submitLogin(email, SecondWorkspace.PASSWORD);
        assertThat(page).hasTitle("Two-factor sign-in · Clapboard");
        var code = page.getByLabel("Code");
        code.fill(TwoFactorCodes.wrong(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".form-status")).hasText(TwoFactorSignIn.WRONG_CODE);
        assertThat(page).hasTitle("Two-factor sign-in · Clapboard");

        code.fill(TwoFactorCodes.next(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasTitle("Campaigns · Clapboard");
        assertThat(page.getByText("Browser campaign")).isVisible();
    }
}
