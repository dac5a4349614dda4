package dev.clapboard.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clapboard.support.BrowserTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review view in a real Chromium: play, step with the keyboard, press C and comment at that frame; a guest
 * comments; compared variants play, pause and seek together.
 */
class ReviewIT extends BrowserTest {

    @Autowired
    SignIn signIn;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    GuestLinkService guestLinks;
    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_reviewer_plays_steps_frames_with_the_keyboard_and_comments_at_the_current_time() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo("Reviewed in a browser");
        SignIn.out();

        signInAs(DemoLogins.REVIEWER);
        assertThat(page).hasTitle("Campaigns · Clapboard");
        page.navigate(url("/review/" + video.id()));
        assertThat(page).hasTitle("Review variant 1 · Clapboard");
        page.waitForFunction("() => document.querySelector('video.review-video').readyState >= 2");

        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comments")).click();
        page.keyboard().press(" ");
        page.waitForFunction("() => document.querySelector('video.review-video').currentTime > 0.5");
        page.keyboard().press("k");
        page.waitForFunction("() => document.querySelector('video.review-video').paused");
        var paused = (Double) page.evaluate("() => document.querySelector('video.review-video').currentTime");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("t => Math.abs(document.querySelector('video.review-video').currentTime - t) > 0.07",
                paused);
        var stepped = (Double) page.evaluate("() => document.querySelector('video.review-video').currentTime");
        assertThat(stepped - paused).isBetween(1.5 / 24, 2.5 / 24);
        var expectedMillis = Math.round(stepped * 1000);
        assertThat(page.locator(".review-position")).hasText(Pattern.compile(".*frame \\d+ @ 24 fps"));

        page.keyboard().press("c");
        var comment = page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true));
        assertThat(comment).isFocused();
        comment.fill("Hold on this frame a little longer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();

        var marker = page.locator(".review-marker");
        assertThat(marker).hasCount(1);
        assertThat(marker).hasAttribute("data-at", String.valueOf(expectedMillis));
        assertThat(page.getByText("Hold on this frame a little longer")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/review.png")));
    }

    @Test
    void a_guest_without_an_account_plays_the_shared_video_and_comments() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo("Shared with a guest");
        signIn.as(DemoLogins.MANAGER);
        var link = guestLinks.create(video.id(), 2, null);
        SignIn.out();

        page.navigate(link.url().replaceFirst("http://localhost:\\d+", "http://localhost:" + port));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Variant 1 · animated")))
                .isVisible();
        page.waitForFunction("() => document.querySelector('video.review-video').readyState >= 2");
        page.getByLabel("Your name").fill("Gina Guest");
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill("Looks great on my phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();

        assertThat(page.getByText("Gina Guest (guest)")).isVisible();
        assertThat(page.locator(".review-marker")).hasCount(1);
        page.navigate(url("/generations"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
    @Test
    void one_control_bar_plays_pauses_and_seeks_compared_variants_together() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var variants = videos.newVariants("Compared in a browser", 2);
        SignIn.out();

        signInAs(DemoLogins.REVIEWER);
        assertThat(page).hasTitle("Campaigns · Clapboard");
        page.navigate(url("/review/compare?ids=" + variants.get(0).id() + "," + variants.get(1).id()));
        assertThat(page).hasTitle("Compare variants · Clapboard");
        var all = "[...document.querySelectorAll('video.compare-video')]";
        page.waitForFunction("() => " + all + ".length === 2 && " + all + ".every(v => v.readyState >= 2)");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play all")).click();
        page.waitForFunction("() => " + all + ".every(v => !v.paused && v.currentTime > 0.5)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause all")).click();
        page.waitForFunction("() => " + all + ".every(v => v.paused)");
        page.waitForFunction("() => Math.abs(" + all + "[0].currentTime - " + all + "[1].currentTime) < 0.05");

        var seek = page.getByLabel("Seek all to (s)");
        seek.fill("2.5");
        seek.press("Tab");
        page.waitForFunction("() => " + all + ".every(v => v.paused && Math.abs(v.currentTime - 2.5) < 0.05)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compare.png")));
    }
}
