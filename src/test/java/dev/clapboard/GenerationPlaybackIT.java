package dev.clapboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clapboard.support.BrowserTest;
import dev.clapboard.support.DemoLogins;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A creator asks for a video in a real Chromium, watches it finish, and the browser plays and seeks it. */
class GenerationPlaybackIT extends BrowserTest {

    @Test
    void a_generated_video_plays_and_seeks_in_the_browser() {
        page.setDefaultTimeout(60_000);
        signInAs(DemoLogins.CREATOR);
        page.waitForURL("**/");

        page.navigate(url("/generations"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New generation")).click();
        page.getByLabel("Prompt", new Page.GetByLabelOptions().setExact(true))
                .fill("A 45-year-old managing director in a modern office explains software features");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate").setExact(true)).click();

        assertThat(page.locator("span.status-succeeded").first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        // the list refreshes once more after the last generation ended; click after that
        page.waitForTimeout(2500);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play")).first().click();

        var video = page.locator("video.player-video");
        assertThat(video).isVisible();
        page.waitForFunction("() => { const v = document.querySelector('video.player-video');"
                + " return v && (v.readyState >= 2 || v.error); }");
        var state = page.evaluate("() => { const v = document.querySelector('video.player-video');"
                + " return { error: v.error ? v.error.code : 0, duration: v.duration, width: v.videoWidth }; }");
        assertThat(state.toString()).contains("error=0");
        @SuppressWarnings("unchecked")
        var values = (java.util.Map<String, Object>) state;
        assertThat(((Number) values.get("duration")).doubleValue()).isBetween(3.9, 4.1);
        assertThat(((Number) values.get("width")).intValue()).isEqualTo(1280);

        page.evaluate("() => new Promise(done => { const v = document.querySelector('video.player-video');"
                + " v.addEventListener('seeked', () => done(), { once: true }); v.currentTime = 2.5; })");
        var position = ((Number) page.evaluate("() => document.querySelector('video.player-video').currentTime"))
                .doubleValue();
        assertThat(position).isBetween(2.4, 2.6);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/playback.png")));
    }
}
