package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.base.Money;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the generation feature relies on: remaining, reserve, commit, release, and alerts at 80 and 100 %. */
@ClapboardTest
@RecordApplicationEvents
class QuotaServiceTest {

    @Autowired
    QuotaService quotas;
    @Autowired
    MemberService members;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A fresh workspace per test (defaults: 600 s and €50 per member, 6000 s and €500 in all). */
    private SecondWorkspace.Created studio(String name) {
        var studio = secondWorkspace.create(name, "admin@" + name.toLowerCase().replace(' ', '-') + ".example",
                Roles.ADMIN, "C");
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        return studio;
    }

    @Test
    void reserving_holds_quota_and_committing_replaces_it_by_the_actual_spend() {
        var studio = studio("Quota One");

        var held = quotas.reserve(120, Money.of("10.00", Money.EUR));
        assertThat(quotas.remaining().seconds()).isEqualTo(480);
        assertThat(quotas.remaining().euros()).isEqualTo(Money.of("40.00", Money.EUR));

        // the generation engine commits, as the system actor of the workspace
        SystemActor.runInWorkspace(studio.workspaceId(),
                () -> quotas.commit(held.id(), 100, Money.of("8.50", Money.EUR)));

        var member = quotas.remaining().member();
        assertThat(member.usedSeconds()).isEqualTo(100);
        assertThat(member.reservedSeconds()).isZero();
        assertThat(member.usedEuros()).isEqualByComparingTo("8.50");
        assertThat(quotas.remaining().workspace().usedSeconds()).isEqualTo(100);
        assertThatThrownBy(() -> SystemActor.runInWorkspace(studio.workspaceId(),
                () -> quotas.commit(held.id(), 1, Money.euros(1)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_member_not_even_an_admin_can_commit_a_reservation_only_the_generation_engine_can() {
        studio("Quota Commit");
        var held = quotas.reserve(60, Money.euros(1));

        assertThatThrownBy(() -> quotas.commit(held.id(), 0, Money.euros(0))).isInstanceOf(AccessDeniedException.class);
        assertThat(quotas.remaining().member().reservedSeconds()).isEqualTo(60);
        assertThat(quotas.remaining().member().usedSeconds()).isZero();
    }

    @Test
    void releasing_gives_the_quota_back_once() {
        studio("Quota Two");
        var held = quotas.reserve(300, Money.of("20.00", Money.EUR));

        quotas.release(held.id());
        quotas.release(held.id());

        assertThat(quotas.remaining().seconds()).isEqualTo(600);
        assertThat(quotas.remaining().euros()).isEqualTo(Money.of("50.00", Money.EUR));
    }

    @Test
    void a_run_beyond_the_members_quota_is_refused_naming_it_and_holds_nothing() {
        studio("Quota Three");

        assertThatThrownBy(() -> quotas.reserve(601, Money.of("1.00", Money.EUR)))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("This needs 601 s of video, but your monthly quota has 600 s left (limit 600 s).");
        assertThatThrownBy(() -> quotas.reserve(10, Money.of("50.01", Money.EUR)))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("your monthly quota has €50.00 left");
        assertThat(quotas.remaining().member().spentSeconds()).isZero();
    }

    @Test
    void a_run_beyond_the_workspaces_quota_is_refused_naming_it() {
        var studio = studio("Quota Four");
        members.setQuotas(studio.memberAccountId(), new MemberQuotas(10, 10_000, new BigDecimal("900.00")));

        assertThatThrownBy(() -> quotas.reserve(6001, Money.of("1.00", Money.EUR)))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("the workspace's monthly quota");
    }

    @Test
    void crossing_80_and_100_percent_alerts_the_member_once_each() {
        var studio = studio("Quota Five");

        quotas.reserve(400, Money.euros(1));
        quotas.reserve(90, Money.euros(1));
        quotas.reserve(10, Money.euros(1));
        quotas.reserve(100, Money.euros(1));

        assertThat(events.stream(QuotaAlert.class).map(QuotaAlert::percent)).containsExactly(80, 100);
        assertThat(events.stream(QuotaAlert.class).map(QuotaAlert::email)).containsOnly(studio.memberEmail());
    }

    @Test
    void zero_or_negative_quotas_are_refused_at_the_field_and_nothing_is_saved() {
        var studio = studio("Quota Six");

        assertThatThrownBy(() -> members.setQuotas(studio.memberAccountId(),
                new MemberQuotas(5, 0, new BigDecimal("10.00"))))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("monthlySeconds"));
        assertThatThrownBy(() -> members.setQuotas(studio.memberAccountId(),
                new MemberQuotas(-1, 100, new BigDecimal("10.00"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.field()).isEqualTo("inviteQuota"));
        assertThatThrownBy(() -> members.setQuotas(studio.memberAccountId(),
                new MemberQuotas(5, 100, new BigDecimal("-3.00"))))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.field()).isEqualTo("monthlyEuros"));

        assertThat(quotas.remaining().member().secondsLimit()).isEqualTo(600);
        assertThat(quotas.remaining().member().eurosLimit()).isEqualByComparingTo("50.00");
    }

    @Test
    void another_workspace_cannot_commit_or_release_our_reservation() {
        studio("Quota Seven");
        var held = quotas.reserve(60, Money.euros(1));
        var other = studio("Quota Eight");

        assertThatThrownBy(() -> quotas.release(held.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SystemActor.runInWorkspace(other.workspaceId(),
                () -> quotas.commit(held.id(), 1, Money.euros(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
