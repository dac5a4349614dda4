package dev.clapboard.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import dev.clapboard.notification.NotificationEntry;
import dev.clapboard.notification.NotificationKind;
import dev.clapboard.notification.NotificationNotFoundException;
import dev.clapboard.notification.NotificationService;
import dev.clapboard.review.MentionMade;
import dev.clapboard.review.NewComment;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.security.Roles;
import dev.clapboard.security.ui.LoginView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mentions and decisions reach the member in-app: the bell counts them, the list opens them, reading clears them. */
class NotificationCentreTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_decision_on_my_video_shows_in_the_bell_and_opening_it_marks_it_read() throws Exception {
        signIn(DemoLogins.CREATOR);
        var video = videos.newVideo("Decision notice");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> find(NotificationKind.GENERATION_FINISHED).isPresent());
        notifications.markAllRead();

        signIn(DemoLogins.MANAGER);
        reviews.decide(video.id(), Verdict.APPROVE, null);

        signIn(DemoLogins.CREATOR);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> notifications.unreadCount() == 1);
        reload();
        UI.getCurrent().navigate("campaigns");
        var bell = _get(NotificationBell.class);
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.count.getText()).isEqualTo("1");

        _click(bell);
        var list = _get(NotificationsView.class);
        assertThat(_getFormattedRow(list.grid, 0).get(1)).isEqualTo("Marco Manning approved your video for "
                + "“Spring Launch: Northwind Analytics 3.0”");
        list.open(list.grid.getGenericDataView().getItem(0));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("review/" + video.id());
        assertThat(notifications.unreadCount()).isZero();
        assertThat(_get(NotificationBell.class).count.isVisible()).as("the bell is empty again").isFalse();
    }

    @Test
    void a_mention_reaches_the_bell_while_the_member_stays_on_the_page_and_mark_all_read_clears_it()
            throws Exception {
        signIn(DemoLogins.CREATOR);
        var video = videos.newVideo("Mention notice");
        signIn(DemoLogins.MANAGER);
        notifications.markAllRead();
        reload();
        UI.getCurrent().navigate("campaigns");
        var bell = _get(NotificationBell.class);
        var managersUi = UI.getCurrent();

        signIn(DemoLogins.REVIEWER);
        reviews.comment(video.id(), new NewComment(1500, null, "@Marco Manning please check the logo at 1.5 s"));

        signIn(DemoLogins.MANAGER);
        UI.setCurrent(managersUi);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> find(NotificationKind.MENTION)
                .filter(n -> n.text().contains("please check the logo")).isPresent());
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue();
            return bell.count.isVisible() && bell.count.getText().equals(String.valueOf(notifications.unreadCount()));
        });
        var mention = find(NotificationKind.MENTION).orElseThrow();
        assertThat(mention.text()).startsWith("Ravi Reddy mentioned you: ");
        assertThat(mention.link()).isEqualTo("review/" + video.id());

        _click(bell);
        _click(_get(NotificationsView.class).markAllRead);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat(_size(_get(NotificationsView.class).grid)).isPositive();
    }

    @Test
    void another_workspaces_member_never_sees_or_reads_these_notifications() {
        var other = secondWorkspace.create("Contoso Notices", "notices@contoso.example", Roles.MANAGER,
                "Contoso launch");
        signIn(DemoLogins.MANAGER);
        var demoWorkspaceId = jdbc.sql("select id from workspace where name = 'Northwind Media'").query(Long.class)
                .single();
        events.publishEvent(new MentionMade(demoWorkspaceId, 1, 1, "Marco Manning", DemoLogins.MANAGER.email,
                "Ravi Reddy", "for Northwind eyes only", "http://localhost/review/1"));
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> find(NotificationKind.MENTION)
                .filter(n -> n.text().contains("for Northwind eyes only")).isPresent());
        var secret = find(NotificationKind.MENTION).orElseThrow();

        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        assertThat(notifications.mine(PageRequest.of(0, 50)).stream().map(NotificationEntry::text))
                .noneMatch(text -> text.contains("Northwind"));
        assertThat(notifications.unreadCount()).isZero();
        assertThatThrownBy(() -> notifications.markRead(secret.id()))
                .isInstanceOf(NotificationNotFoundException.class);
        reload();
        openUrl("notifications");
        assertThat(_size(_get(NotificationsView.class).grid)).isZero();
        assertThat(_get(NotificationBell.class).count.isVisible()).isFalse();

        signIn(DemoLogins.MANAGER);
        assertThat(notifications.mine(PageRequest.of(0, 50)).stream().filter(n -> n.id() == secret.id())
                .allMatch(n -> !n.read())).as("the refused attempt changed nothing").isTrue();
    }

    @Test
    void a_member_chooses_which_notifications_also_come_by_e_mail_from_the_list() {
        signIn(DemoLogins.REVIEWER);
        try {
            reload();
            UI.getCurrent().navigate("notifications");
            _click(_get(NotificationsView.class).settings);
            var settings = _get(NotificationSettingsView.class);
            assertThat(settings.email.get(NotificationKind.MENTION).getValue()).as("mentions mail by default").isTrue();
            assertThat(settings.email.get(NotificationKind.REVIEW_REQUESTED).getValue()).as("in-app only by default")
                    .isFalse();

            _setValue(settings.email.get(NotificationKind.MENTION), false);
            _setValue(settings.email.get(NotificationKind.REVIEW_REQUESTED), true);

            assertThat(notifications.emailChoices()).containsEntry(NotificationKind.MENTION, false)
                    .containsEntry(NotificationKind.REVIEW_REQUESTED, true)
                    .containsEntry(NotificationKind.DECISION, true);
            reload();
            UI.getCurrent().navigate("notifications/settings");
            assertThat(_get(NotificationSettingsView.class).email.get(NotificationKind.MENTION).getValue()).isFalse();
            signIn(DemoLogins.MANAGER);
            assertThat(notifications.emailChoices()).as("choices are per member")
                    .containsEntry(NotificationKind.MENTION, true);
        } finally {
            jdbc.sql("delete from notification_preference").update();
        }
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_login_page_instead_of_notifications() {
        UI.getCurrent().navigate("notifications");

        _assertOne(LoginView.class);
        _assertNone(NotificationsView.class);
    }

    private Optional<NotificationEntry> find(NotificationKind kind) {
        return notifications.mine(PageRequest.of(0, 50)).stream().filter(n -> n.kind() == kind).findFirst();
    }
}
