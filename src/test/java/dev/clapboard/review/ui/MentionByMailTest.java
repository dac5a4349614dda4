package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.component.UI;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A mention in a review comment reaches the member by e-mail, through a real SMTP server (GreenMail). */
class MentionByMailTest extends KaribuTest {

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);
    private static final GreenMail greenMail = new GreenMail(SMTP);

    static {
        greenMail.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getPort());
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
    }

    @Autowired
    ReviewableVideos videos;

    @Test
    void mentioning_a_member_in_a_comment_sends_them_an_e_mail_with_a_link_to_the_review() throws Exception {
        signIn(DemoLogins.CREATOR);
        var video = videos.newVideo("Mention by mail");
        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate("review/" + video.id());
        var view = _get(ReviewView.class);

        _setValue(view.comments.at, 1.5);
        _setValue(view.comments.body, "@Marco Manning the end card needs your approval");
        _click(view.comments.add);

        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(MentionByMailTest::toManager));
        var mail = Arrays.stream(greenMail.getReceivedMessages()).filter(MentionByMailTest::toManager).findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).endsWith("mentioned you in a review");
        assertThat(GreenMailUtil.getBody(mail)).contains("the end card needs your approval")
                .contains("/review/" + video.id());
    }

    private static boolean toManager(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(DemoLogins.MANAGER.email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
