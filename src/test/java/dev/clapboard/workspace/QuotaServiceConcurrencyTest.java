package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many runs asking for quota at the same moment, on a real PostgreSQL: the workspace row lock makes them
 * queue, so no more is reserved than the quota allows, per member and for the workspace.
 */
@ClapboardTest
class QuotaServiceConcurrencyTest {

    private static final int THREADS = 20;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    QuotaService quotas;
    @Autowired
    MemberService members;
    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    SignIn signIn;
    @Autowired
    dev.clapboard.security.WorkspaceSwitcher switcher;
    @Autowired
    SecondWorkspace secondWorkspace;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void twenty_concurrent_reservations_never_exceed_a_members_quota() throws Exception {
        var studio = secondWorkspace.create("Race Studio", "racer@race.example", Roles.ADMIN, "R1");
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        members.setQuotas(studio.memberAccountId(), new MemberQuotas(10, 600, new BigDecimal("1000.00")));
        SignIn.out();

        var outcomes = race(THREADS, i -> studio.memberEmail());

        assertThat(outcomes.reserved()).isEqualTo(10);
        assertThat(outcomes.refused()).isEqualTo(10);
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        assertThat(quotas.remaining().member().reservedSeconds()).isEqualTo(600);
        assertThat(quotas.remaining().workspace().reservedSeconds()).isEqualTo(600);
        assertThat(quotas.remaining().member().reservedEuros()).isEqualByComparingTo("10.00");
    }

    @Test
    void two_members_racing_never_exceed_the_workspaces_quota() throws Exception {
        var studio = secondWorkspace.create("Race Agency", "lead@agency-race.example", Roles.ADMIN, "R2");
        secondWorkspace.create("Other Race", "second@agency-race.example", Roles.ADMIN, "R3");
        secondWorkspace.addMember(studio.workspaceId(), "second@agency-race.example", Roles.CREATOR);
        signIn.as("second@agency-race.example", SecondWorkspace.PASSWORD);
        switcher.switchTo(studio.workspaceId()); // so their sign-ins land in the racing workspace
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        var s = settings.current();
        settings.save(new WorkspaceSettings(s.name(), s.seatLimit(), s.defaultInviteQuota(), 600,
                s.defaultMemberEuros(), 540, new BigDecimal("1000.00"), s.currency(), s.usdToEur(), s.timeZone()));
        SignIn.out();

        var outcomes = race(THREADS, i -> i % 2 == 0 ? "lead@agency-race.example" : "second@agency-race.example");

        // Each run asks 60 s; the workspace allows 540 s in all (members 600 s each): 9 fit.
        assertThat(outcomes.reserved()).isEqualTo(9);
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        assertThat(quotas.remaining().workspace().reservedSeconds()).isEqualTo(540);
    }

    record Outcomes(int reserved, int refused) {
    }

    private Outcomes race(int threads, java.util.function.IntFunction<String> who) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < threads; i++) {
                var email = who.apply(i);
                Callable<Boolean> run = () -> {
                    signIn.as(email, SecondWorkspace.PASSWORD);
                    start.await();
                    try {
                        quotas.reserve(60, Money.of("1.00", Money.EUR));
                        return true;
                    } catch (QuotaExceededException refused) {
                        return false;
                    } finally {
                        SignIn.out();
                    }
                };
                results.add(pool.submit(run));
            }
            start.countDown();
            int reserved = 0;
            int refused = 0;
            for (var result : results) {
                if (outcome(result)) {
                    reserved++;
                } else {
                    refused++;
                }
            }
            return new Outcomes(reserved, refused);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean outcome(Future<Boolean> result) throws InterruptedException, ExecutionException {
        return result.get();
    }
}
