package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.audit.domain.AuditEntryRepository;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain notices tampering: any change to a stored entry, a removed entry in the middle or at the end. Each
 * test works in a workspace of its own (nobody signs in there, so nothing else appends to it), and verifies as
 * that workspace's system actor, which holds the admin role.
 */
@ClapboardTest
class AuditChainTest {

    @Autowired
    AuditChain chain;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    JdbcClient jdbc;

    long workspaceId;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void fiveEntries() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        workspaceId = secondWorkspace.create("Tamper " + suffix, "admin-" + suffix + "@tamper.example", Roles.ADMIN,
                "Evidence").workspaceId();
        SystemActor.runInWorkspace(workspaceId, () -> {
            for (int i = 1; i <= 5; i++) {
                ids.add(chain.append(new AuditChain.Event(Actor.member(7, "Dana Doe"), AuditAction.ROLE_CHANGED,
                        "member", 7, null, AuditListeners.details("newRole", "CREATOR", "n", i))).getId());
            }
        });
    }

    @Test
    void an_untouched_chain_is_intact_and_each_entry_links_to_the_one_before() {
        var check = verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.message()).isEqualTo("Chain intact (5 entries).");
        var stored = SystemActor.callInWorkspace(workspaceId,
                () -> entries.chainAfter(0, 5, PageRequest.of(0, 10)).stream().map(AuditTrail::view).toList());
        assertThat(stored).extracting(AuditEntryView::sequenceNo).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.getFirst().previousHash()).isEmpty();
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).previousHash()).isEqualTo(stored.get(i - 1).entryHash());
        }
        assertThat(stored).extracting(AuditEntryView::entryHash).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"details = '{\"newRole\":\"ADMIN\",\"n\":3}'", "actor_name = 'Someone Else'",
            "actor_account_id = 8", "occurred_at = occurred_at + interval '1' second", "action = 'SIGNED_IN'",
            "subject_id = '8'", "campaign_id = 1", "entry_hash = upper(entry_hash)"})
    void altering_any_column_of_a_row_reports_that_row_as_the_first_broken_entry(String change) {
        jdbc.sql("update audit_entry set " + change + " where id = :id").param("id", ids.get(2)).update();

        var check = verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.brokenEntryId()).isEqualTo(ids.get(2));
        assertThat(check.brokenSequenceNo()).isEqualTo(3);
        assertThat(check.brokenAt()).isNotNull();
        assertThat(check.message()).startsWith("Chain broken at entry #3 (id " + ids.get(2) + ", ");
    }

    @Test
    void deleting_a_row_reports_the_entry_after_the_gap() {
        jdbc.sql("delete from audit_entry where id = :id").param("id", ids.get(1)).update();

        var check = verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.brokenEntryId()).isEqualTo(ids.get(2));
        assertThat(check.brokenAction()).isEqualTo(AuditAction.ROLE_CHANGED);
        assertThat(check.message()).contains("entry #3").contains("does not follow entry #1");
    }

    @Test
    void deleting_the_newest_row_is_reported_too() {
        jdbc.sql("delete from audit_entry where id = :id").param("id", ids.get(4)).update();

        var check = verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.entries()).isEqualTo(4);
        assertThat(check.message()).isEqualTo(
                "Chain broken after entry #4: the chain had 5 entries; the newest ones were removed or changed.");
    }

    @Test
    void an_append_after_tampering_does_not_hide_it() {
        jdbc.sql("update audit_entry set details = '{}' where id = :id").param("id", ids.get(0)).update();
        SystemActor.runInWorkspace(workspaceId, () -> chain.append(new AuditChain.Event(Actor.SYSTEM,
                AuditAction.SIGNED_IN, "member", 7, null, java.util.Map.of())));

        assertThat(verify().brokenEntryId()).isEqualTo(ids.get(0));
    }

    private ChainCheck verify() {
        return SystemActor.callInWorkspace(workspaceId, trail::verify);
    }
}
