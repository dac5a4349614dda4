package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Only admins read and verify the trail, each only their own workspace's; the filters narrow it down. */
@ClapboardTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChain chain;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @EnumSource(value = DemoLogins.class, names = {"MANAGER", "CREATOR", "REVIEWER"})
    void only_admins_may_read_or_verify_the_trail(DemoLogins login) {
        signIn.as(login);

        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(trail::verify).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(trail::actors).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_by_time_actor_action_and_campaign_and_never_show_another_workspace() {
        var studio = secondWorkspace.create("Filter Studio", "filter-admin@filter.example", Roles.ADMIN, "Filtered");
        SystemActor.runInWorkspace(studio.workspaceId(), () -> {
            chain.append(new AuditChain.Event(Actor.member(41, "Fiona Filter"), AuditAction.PROMPT_VERSION_SAVED,
                    "prompt version", 1, studio.campaignId(), AuditListeners.details()));
            chain.append(new AuditChain.Event(Actor.member(42, "Gus Guard"), AuditAction.REVIEW_DECIDED,
                    "generation", 2, studio.campaignId(), AuditListeners.details()));
            chain.append(new AuditChain.Event(Actor.SYSTEM, AuditAction.ROLE_CHANGED, "member", 3, null,
                    AuditListeners.details()));
        });
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(names(new AuditFilter(null, null, 41L, false, null, null))).containsExactly("Fiona Filter");
        assertThat(names(new AuditFilter(null, null, null, true, null, null))).containsExactly("system");
        assertThat(names(new AuditFilter(null, null, null, false, AuditAction.REVIEW_DECIDED, null)))
                .containsExactly("Gus Guard");
        assertThat(names(new AuditFilter(null, null, null, false, null, studio.campaignId())))
                .containsExactly("Gus Guard", "Fiona Filter");
        assertThat(names(new AuditFilter(Instant.now().plusSeconds(60), null, null, false, null, null))).isEmpty();
        assertThat(names(new AuditFilter(null, Instant.now().minusSeconds(3600), null, false, null, null))).isEmpty();
        assertThat(trail.actors()).contains(Actor.member(41, "Fiona Filter"), Actor.SYSTEM);
        assertThat(trail.page(AuditFilter.ALL, PageRequest.of(0, 100)).getContent())
                .extracting(AuditEntryView::actorName).doesNotContain("Alice Adams", "Marco Manning");

        signIn.as(DemoLogins.ADMIN);
        assertThat(trail.page(AuditFilter.ALL, PageRequest.of(0, 500)).getContent())
                .extracting(AuditEntryView::actorName).doesNotContain("Fiona Filter", "Gus Guard");
    }

    /** The actors of the matching entries, newest first, leaving out the studio admin's own sign-ins. */
    private java.util.List<String> names(AuditFilter filter) {
        return trail.page(filter, PageRequest.of(0, 50)).getContent().stream().map(AuditEntryView::actorName)
                .filter(n -> !n.startsWith("Member of")).toList();
    }
}
