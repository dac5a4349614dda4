package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import dev.clapboard.api.ApiScope;
import dev.clapboard.api.ApiTokens;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.ModerationService;
import dev.clapboard.finance.BudgetOverridden;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.security.Roles;
import dev.clapboard.support.Cards;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.NewInvite;
import dev.clapboard.workspace.TwoFactorReset;
import dev.clapboard.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What members do ends up in the audit trail, with who did it and the details that matter (never secrets). */
@ClapboardTest
class AuditListenersTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    SignIn signIn;
    @Autowired
    MemberService members;
    @Autowired
    WorkspaceService workspace;
    @Autowired
    InviteService invites;
    @Autowired
    PromptService prompts;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    Cards cards;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Consents consents;
    @Autowired
    ConsentService consentService;
    @Autowired
    ModerationService moderation;
    @Autowired
    GenerationService generations;
    @Autowired
    ApiTokens tokens;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_sign_in_is_recorded_with_the_member_as_actor() {
        var admin = (dev.clapboard.security.ClapboardUser) signIn.as(DemoLogins.ADMIN).getPrincipal();

        var entry = awaitEntry(AuditAction.SIGNED_IN, e -> Objects.equals(e.actorAccountId(), admin.accountId()));

        assertThat(entry.actorName()).isEqualTo(admin.displayName());
        assertThat(entry.subjectType()).isEqualTo("member");
        assertThat(entry.campaignId()).isNull();
    }

    @Test
    void a_role_change_names_the_admin_the_member_and_both_roles() {
        signIn.as(DemoLogins.ADMIN);
        var reviewer = workspace.allMembers().stream().filter(m -> m.email().equals(DemoLogins.REVIEWER.email))
                .findFirst().orElseThrow();
        members.changeRole(reviewer.accountId(), Roles.CREATOR);
        members.changeRole(reviewer.accountId(), Roles.REVIEWER);

        var entry = awaitEntry(AuditAction.ROLE_CHANGED, e -> e.details().contains("\"newRole\":\"CREATOR\"")
                && Objects.equals(e.subjectId(), String.valueOf(reviewer.accountId())));

        assertThat(entry.actorName()).isEqualTo("Alice Adams");
        assertThat(entry.details()).isEqualTo("{\"member\":\"" + reviewer.displayName()
                + "\",\"previousRole\":\"REVIEWER\",\"newRole\":\"CREATOR\"}");
    }

    @Test
    void a_two_factor_reset_names_the_admin_and_the_member() {
        var admin = (dev.clapboard.security.ClapboardUser) signIn.as(DemoLogins.ADMIN).getPrincipal();
        var reviewer = workspace.allMembers().stream().filter(m -> m.email().equals(DemoLogins.REVIEWER.email))
                .findFirst().orElseThrow();
        // as TwoFactorService.resetFor publishes it (the demo logins keep their password-only sign-in)
        events.publishEvent(new TwoFactorReset(admin.workspaceId(), reviewer.accountId(), admin.accountId(),
                admin.displayName()));

        var entry = awaitEntry(AuditAction.TWO_FACTOR_RESET,
                e -> Objects.equals(e.subjectId(), String.valueOf(reviewer.accountId())));

        assertThat(entry.actorName()).isEqualTo(admin.displayName());
        assertThat(entry.subjectType()).isEqualTo("member");
        assertThat(entry.details()).isEqualTo("{\"member\":\"" + reviewer.displayName() + "\"}");
    }

    @Test
    void an_invite_is_recorded_without_its_secret_link() {
        signIn.as(DemoLogins.ADMIN);
        invites.invite(new NewInvite("audit-invitee@northwind.example", Roles.CREATOR));

        var entry = awaitEntry(AuditAction.INVITE_SENT, e -> e.details().contains("audit-invitee@northwind.example"));

        assertThat(entry.actorName()).isEqualTo("Alice Adams");
        assertThat(entry.details()).contains("\"role\":\"CREATOR\"").doesNotContain("/invite/");
        invites.list(PageRequest.of(0, 100)).stream().filter(i -> i.email().equals("audit-invitee@northwind.example"))
                .forEach(i -> invites.revoke(i.id()));
    }

    @Test
    void a_prompt_version_a_generation_request_with_its_settings_and_a_decision_are_recorded() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = videos.demoCampaignId();
        var cardId = cards.newCard(campaignId, "Audited prompt");
        var version = prompts.save(campaignId, cardId, new VersionDraft("A lighthouse at dawn, audited", null, null,
                null, null, null, "first try", null));
        var video = videos.newVideo("Audited generation");
        reviews.decide(video.id(), Verdict.APPROVE, "Ship it");

        signIn.as(DemoLogins.ADMIN);
        var saved = awaitEntry(AuditAction.PROMPT_VERSION_SAVED,
                e -> Objects.equals(e.subjectId(), String.valueOf(version.id())));
        assertThat(saved.campaignId()).isEqualTo(campaignId);
        assertThat(saved.details()).contains("\"text\":\"A lighthouse at dawn, audited\"", "\"note\":\"first try\"",
                "\"textSha256\":\"" + Hashes.sha256("A lighthouse at dawn, audited") + "\"");
        var requested = awaitEntry(AuditAction.GENERATION_REQUESTED,
                e -> Objects.equals(e.subjectId(), String.valueOf(video.id())));
        assertThat(requested.actorName()).isEqualTo("Marco Manning");
        assertThat(requested.details()).contains("\"provider\":\"local\"", "\"model\":\"storyboard-1\"",
                "\"size\":\"640x360\"", "\"durationSeconds\":4", "\"style\":\"animated\"", "\"variants\":1",
                "\"promptText\":\"" + ReviewableVideos.PROMPT + "\"");
        var decided = awaitEntry(AuditAction.REVIEW_DECIDED,
                e -> Objects.equals(e.subjectId(), String.valueOf(video.id())));
        assertThat(decided.details()).contains("\"verdict\":\"APPROVE\"", "\"note\":\"Ship it\"");
    }

    @Test
    void a_budget_override_is_recorded_with_the_reason_and_the_numbers() {
        signIn.as(DemoLogins.ADMIN);
        var campaignId = videos.demoCampaignId();
        events.publishEvent(new BudgetOverridden(1, campaignId, 2, "Marco Manning", "Launch event",
                new BigDecimal("3.68"), new BigDecimal("2.64"), new BigDecimal("10.00")));

        var entry = awaitEntry(AuditAction.BUDGET_OVERRIDDEN, e -> e.details().contains("Launch event"));

        assertThat(entry.campaignId()).isEqualTo(campaignId);
        assertThat(entry.details()).isEqualTo("{\"reason\":\"Launch event\",\"estimateEur\":3.68,"
                + "\"remainingEur\":2.64,\"budgetEur\":10.00}");
    }

    @Test
    void a_consent_asked_for_given_and_revoked_is_recorded_with_the_person_and_the_manager() {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = consents.demoCampaignId();
        var person = consents.person("Audited Person " + System.nanoTime());
        var signed = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB));
        var asked = consentService.requestByLink(person.id(), Consents.forCampaign(campaignId, Channel.TV), 7);
        consentService.revoke(signed.id());

        signIn.as(DemoLogins.ADMIN);
        var granted = awaitEntry(AuditAction.CONSENT_GRANTED, e -> e.details().contains(person.name()));
        assertThat(granted.actorName()).isEqualTo("Marco Manning");
        assertThat(granted.subjectId()).isEqualTo(String.valueOf(signed.id()));
        assertThat(granted.details()).contains("\"source\":\"UPLOADED_DECLARATION\"", "\"channels\":[\"WEB\"]",
                "\"campaignIds\":[" + campaignId + "]");
        var requested = awaitEntry(AuditAction.CONSENT_REQUESTED, e -> e.details().contains(person.name()));
        assertThat(requested.subjectId()).isEqualTo(String.valueOf(asked.record().id()));
        assertThat(requested.details()).contains("linkExpiresAt").doesNotContain(asked.url());
        var revoked = awaitEntry(AuditAction.CONSENT_REVOKED, e -> e.details().contains(person.name()));
        assertThat(revoked.actorName()).isEqualTo("Marco Manning");
        assertThat(revoked.subjectId()).isEqualTo(String.valueOf(signed.id()));
    }

    @Test
    void a_manager_releasing_a_held_prompt_is_recorded_with_the_exact_prompt_and_the_reason() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var prompt = "A knight in armour, a bloodbath on the castle steps, audited " + System.nanoTime();
        assertThatThrownBy(() -> generations.request(new GenerationOrder(videos.demoCampaignId(), null, null, prompt,
                "Held", "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")))
                .isInstanceOf(GenerationRefusedException.class);
        signIn.as(DemoLogins.MANAGER);
        var held = moderation.cases(false, PageRequest.of(0, 50)).stream().filter(c -> c.promptText().equals(prompt))
                .findFirst().orElseThrow();
        moderation.release(held.id(), "Museum drama, no gore shown");

        signIn.as(DemoLogins.ADMIN);
        var entry = awaitEntry(AuditAction.MODERATION_RELEASED,
                e -> Objects.equals(e.subjectId(), String.valueOf(held.id())));
        assertThat(entry.actorName()).isEqualTo("Marco Manning");
        assertThat(entry.campaignId()).isEqualTo(videos.demoCampaignId());
        assertThat(entry.details()).contains("\"promptText\":\"" + prompt + "\"",
                "\"promptSha256\":\"" + Hashes.sha256(prompt) + "\"", "\"note\":\"Museum drama, no gore shown\"",
                "bloodbath");
    }

    @Test
    void every_api_call_is_recorded_once_as_the_token_that_made_it() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var tokenName = "Audited CMS " + System.nanoTime();
        var secret = tokens.create(tokenName, ApiScope.CAMPAIGNS_READ);
        signIn.as(DemoLogins.ADMIN);
        var roi = "/api/v1/campaigns/" + videos.demoCampaignId() + "/roi";
        SignIn.out();
        http.perform(MockMvcRequestBuilders.get("/api/v1/campaigns").header("Authorization", "Bearer " + secret));
        http.perform(MockMvcRequestBuilders.get(roi).header("Authorization",
                "Bearer " + secret));

        signIn.as(DemoLogins.ADMIN);
        var listed = awaitEntry(AuditAction.API_CALL, e -> e.actorName().equals(tokenName)
                && e.details().contains("\"path\":\"/api/v1/campaigns\""));
        assertThat(listed.details()).contains("\"method\":\"GET\"", "\"status\":200");
        var refused = awaitEntry(AuditAction.API_CALL, e -> e.actorName().equals(tokenName)
                && e.details().contains("/roi\""));
        assertThat(refused.details()).as("missing scope").contains("\"status\":403");
        assertThat(trail.page(new AuditFilter(null, null, null, false, AuditAction.API_CALL, null),
                PageRequest.of(0, 200)).stream().filter(e -> e.actorName().equals(tokenName)))
                .as("one entry per call").hasSize(2);
    }

    private AuditEntryView awaitEntry(AuditAction action, Predicate<AuditEntryView> matching) {
        var filter = new AuditFilter(null, null, null, false, action, null);
        return await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            List<AuditEntryView> page = trail.page(filter, PageRequest.of(0, 50)).getContent();
            return page.stream().filter(matching).findFirst();
        }, java.util.Optional::isPresent).orElseThrow();
    }
}
