package dev.clapboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.compliance.ConsentRevoked;
import dev.clapboard.finance.BudgetThresholdReached;
import dev.clapboard.generation.GenerationFailed;
import dev.clapboard.generation.GenerationSucceeded;
import dev.clapboard.review.MentionMade;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.TestSmtpServer;
import dev.clapboard.workspace.WorkspaceService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who gets which news in-app and by e-mail (a real SMTP server, GreenMail). The listeners are called directly
 * here, on the test's thread, so "no e-mail" is a fact and not a matter of waiting long enough; that the real
 * events reach them is shown by {@code NotificationCentreTest}.
 */
@ClapboardTest
class NotificationMailTest {

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
    Notifier notifier;
    @Autowired
    MailTemplates templates;
    @Autowired
    WorkspaceService workspace;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NotificationService notifications;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;

    NotificationListeners listeners;
    long workspaceId;
    long campaignId;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purge();
        // the bean's listener methods run asynchronously; this instance runs them on the test's thread
        listeners = new NotificationListeners(notifier, templates, workspace, campaigns);
        signIn.as(DemoLogins.MANAGER);
        workspaceId = jdbc.sql("select id from workspace where name = 'Northwind Media'").query(Long.class).single();
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void restore() {
        SignIn.out();
        jdbc.sql("delete from notification_preference").update();
    }

    @Test
    void a_budget_threshold_reaches_every_manager_and_admin_and_the_owner_in_app_and_by_e_mail_but_nobody_else() {
        listeners.on(new BudgetThresholdReached(workspaceId, campaignId, "Spring Launch: Northwind Analytics 3.0", 80,
                Money.euros(400), Money.euros(500)));

        var budgetMail = mails().stream().filter(m -> subject(m).contains("reached 80 % of its budget")).toList();
        assertThat(budgetMail.stream().map(NotificationMailTest::recipient).collect(Collectors.toSet()))
                .as("the manager owns the demo campaign; the admin manages the workspace")
                .isEqualTo(Set.of(DemoLogins.MANAGER.email, DemoLogins.ADMIN.email));
        assertThat(GreenMailUtil.getBody(budgetMail.getFirst())).contains("has used 80 % of its budget")
                .contains("400").contains("500").contains("/campaigns/" + campaignId + "/report");
        for (var login : List.of(DemoLogins.MANAGER, DemoLogins.ADMIN)) {
            signIn.as(login);
            assertThat(texts(NotificationKind.BUDGET_THRESHOLD)).as(login.name())
                    .anyMatch(text -> text.contains("has used 80 % of its budget"));
        }
        for (var login : List.of(DemoLogins.CREATOR, DemoLogins.REVIEWER)) {
            signIn.as(login);
            assertThat(texts(NotificationKind.BUDGET_THRESHOLD)).as(login.name()).isEmpty();
        }
    }

    @Test
    void a_revoked_consent_tells_the_campaign_managers_in_app_and_by_e_mail_which_videos_are_blocked() {
        listeners.on(new ConsentRevoked(workspaceId, 77, "Emil Hart", 88, "Marco Manning", List.of(501L, 502L),
                List.of(campaignId), Instant.now()));

        var revokedMail = mails().stream().filter(m -> subject(m).equals(
                "Emil Hart withdrew consent for Spring Launch: Northwind Analytics 3.0")).toList();
        assertThat(revokedMail.stream().map(NotificationMailTest::recipient).collect(Collectors.toSet()))
                .as("mailed by default to the campaign's owner and the workspace's managers")
                .isEqualTo(Set.of(DemoLogins.MANAGER.email, DemoLogins.ADMIN.email));
        assertThat(GreenMailUtil.getBody(revokedMail.getFirst())).contains("Emil Hart no longer consents")
                .contains("revoked by Marco Manning").contains("2 videos showing them are flagged")
                .contains("/generations?campaign=" + campaignId);
        signIn.as(DemoLogins.ADMIN);
        assertThat(notifications.mine(PageRequest.of(0, 50)).stream()
                .filter(n -> n.kind() == NotificationKind.CONSENT_REVOKED))
                .anyMatch(n -> n.link().equals("generations?campaign=" + campaignId)
                        && n.text().contains("2 videos showing them are flagged and can no longer be approved"));
        for (var login : List.of(DemoLogins.CREATOR, DemoLogins.REVIEWER)) {
            signIn.as(login);
            assertThat(texts(NotificationKind.CONSENT_REVOKED)).as(login.name()).isEmpty();
        }
    }

    @Test
    void a_member_who_turned_mention_mail_off_gets_mentions_in_app_only_and_on_again_by_mail() {
        signIn.as(DemoLogins.MANAGER);
        notifications.chooseEmail(NotificationKind.MENTION, false);
        assertThat(notifications.emailChoices()).containsEntry(NotificationKind.MENTION, false)
                .containsEntry(NotificationKind.DECISION, true);

        listeners.on(mention("the intro is too long"));

        assertThat(texts(NotificationKind.MENTION)).anyMatch(text -> text.contains("the intro is too long"));
        assertThat(mails()).noneMatch(m -> GreenMailUtil.getBody(m).contains("the intro is too long"));

        notifications.chooseEmail(NotificationKind.MENTION, true);
        listeners.on(mention("the outro is too short"));

        assertThat(mails()).filteredOn(m -> GreenMailUtil.getBody(m).contains("the outro is too short"))
                .singleElement().satisfies(m -> {
                    assertThat(recipient(m)).isEqualTo(DemoLogins.MANAGER.email);
                    assertThat(subject(m)).isEqualTo("Ravi Reddy mentioned you in a review");
                });
    }

    @Test
    void a_finished_video_is_news_in_app_only_by_default_for_the_requester_and_the_reviewers() {
        var creator = accountId(DemoLogins.CREATOR);

        listeners.on(new GenerationSucceeded(workspaceId, campaignId, null, 424242, 1, creator));

        assertThat(mails()).as("review requested and video ready do not mail by default").isEmpty();
        signIn.as(DemoLogins.CREATOR);
        assertThat(texts(NotificationKind.GENERATION_FINISHED)).anyMatch(text -> text.endsWith("is ready"));
        assertThat(texts(NotificationKind.REVIEW_REQUESTED)).as("not asked to review their own video").isEmpty();
        for (var login : List.of(DemoLogins.REVIEWER, DemoLogins.MANAGER)) {
            signIn.as(login);
            assertThat(notifications.mine(PageRequest.of(0, 50)).stream()
                    .filter(n -> n.kind() == NotificationKind.REVIEW_REQUESTED)).as(login.name())
                    .anyMatch(n -> n.link().equals("review/424242") && n.text().contains("waits for your review"));
        }
    }

    @Test
    void a_video_lost_before_archiving_mails_the_requester_in_its_own_words() {
        var creator = accountId(DemoLogins.CREATOR);

        listeners.on(new GenerationFailed(workspaceId, campaignId, null, 434343, "The provider deleted it.", creator,
                null, true));
        listeners.on(new GenerationFailed(workspaceId, campaignId, null, 434344, "The prompt was refused.", creator));

        assertThat(mails()).extracting(NotificationMailTest::subject).containsExactlyInAnyOrder(
                "Your video could not be archived", "Your video failed");
        assertThat(mails()).allMatch(m -> recipient(m).equals(DemoLogins.CREATOR.email));
        signIn.as(DemoLogins.CREATOR);
        assertThat(texts(NotificationKind.GENERATION_FAILED))
                .anyMatch(text -> text.contains("could not be archived before the provider deleted it"))
                .anyMatch(text -> text.contains("failed: The prompt was refused."));
    }

    private MentionMade mention(String excerpt) {
        return new MentionMade(workspaceId, 1, 1, "Marco Manning", DemoLogins.MANAGER.email, "Ravi Reddy", excerpt,
                "http://localhost:8080/review/1");
    }

    private long accountId(DemoLogins login) {
        return jdbc.sql("select id from account where email = ?").param(login.email).query(Long.class).single();
    }

    private List<String> texts(NotificationKind kind) {
        return notifications.mine(PageRequest.of(0, 100)).stream().filter(n -> n.kind() == kind)
                .map(NotificationEntry::text).toList();
    }

    private static List<MimeMessage> mails() {
        return smtp.received();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
