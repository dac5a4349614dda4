package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.audit.domain.AuditEntryRepository;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.SecondWorkspace;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many appends to one workspace's chain at the same moment, on a real PostgreSQL, starting from no chain at all:
 * the chain head lock queues them, so the chain never forks and verifies intact.
 */
@ClapboardTest
class AuditChainOnPostgresTest {

    private static final int THREADS = 8;
    private static final int APPENDS_EACH = 15;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    AuditChain chain;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    SecondWorkspace secondWorkspace;

    @Test
    void concurrent_appends_never_fork_the_chain() throws Exception {
        long workspaceId = secondWorkspace.create("Race Audit", "race-audit@race.example", Roles.ADMIN, "R1")
                .workspaceId();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(THREADS);
        var done = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_EACH; i++) {
                    int n = i;
                    SystemActor.runInWorkspace(workspaceId, () -> chain.append(new AuditChain.Event(Actor.SYSTEM,
                            AuditAction.SIGNED_IN, "member", thread, null, AuditListeners.details("n", n))));
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();

        var check = SystemActor.callInWorkspace(workspaceId, trail::verify);
        assertThat(check.message()).isEqualTo("Chain intact (" + THREADS * APPENDS_EACH + " entries).");
        var stored = SystemActor.callInWorkspace(workspaceId,
                () -> entries.chainAfter(0, Long.MAX_VALUE, PageRequest.of(0, 1000)));
        assertThat(stored).hasSize(THREADS * APPENDS_EACH);
        assertThat(stored).extracting(e -> e.getPreviousHash()).doesNotHaveDuplicates();
    }
}
