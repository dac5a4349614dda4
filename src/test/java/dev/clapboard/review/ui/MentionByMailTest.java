package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.UI;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.TestSmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A mention in a review comment reaches the member by e-mail, through a real SMTP server (GreenMail). */
class MentionByMailTest extends KaribuTest {

    private static final TestSmtpServer smtp = TestSmtpServer.started();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
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

        var mail = smtp.awaitMailTo(DemoLogins.MANAGER.email);
        assertThat(mail.getSubject()).endsWith("mentioned you in a review");
        assertThat(GreenMailUtil.getBody(mail)).contains("the end card needs your approval")
                .contains("/review/" + video.id());
    }


}
