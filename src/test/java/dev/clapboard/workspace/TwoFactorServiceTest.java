package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.security.SecretSealer;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.domain.AccountRepository;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Admins reset a member's two-factor sign-in in their own workspace only; the secret is stored sealed. */
@ClapboardTest
@RecordApplicationEvents
class TwoFactorServiceTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SecretSealer sealer;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A member (with an admin next to them) of a new workspace, two-factor sign-in on; returns the secret. */
    private String memberWithTwoFactor(SecondWorkspace.Created workspace, String email) {
        secondWorkspace.addMemberAccount(workspace.workspaceId(), email, Roles.CREATOR);
        signIn.as(email, SecondWorkspace.PASSWORD);
        var setup = twoFactor.start();
        twoFactor.turnOn(setup.secret(), TwoFactorCodes.now(setup.secret()));
        SignIn.out();
        return setup.secret();
    }

    @Test
    void the_secret_is_stored_sealed_not_as_typed_into_the_app() {
        var studio = secondWorkspace.create("Sealed Studio", "admin@sealed-studio.example", Roles.ADMIN, "C");
        var secret = memberWithTwoFactor(studio, "member@sealed-studio.example");

        var stored = accounts.findByEmail("member@sealed-studio.example").orElseThrow().getTotpSecretCipher();
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void a_master_key_rotation_seals_the_secret_again_and_the_same_secret_comes_out() {
        var studio = secondWorkspace.create("Rotated Studio", "admin@rotated-studio.example", Roles.ADMIN, "C");
        var secret = memberWithTwoFactor(studio, "member@rotated-studio.example");
        var before = accounts.findByEmail("member@rotated-studio.example").orElseThrow().getTotpSecretCipher();
        // as SecretBox answers for a value sealed with the previous master key: the same secret, sealed anew
        var rotating = new SecretSealer() {
            @Override
            public String encrypt(String plain) {
                return sealer.encrypt(plain);
            }

            @Override
            public String decrypt(String sealed) {
                return sealer.decrypt(sealed);
            }

            @Override
            public Optional<String> resealed(String sealed) {
                return Optional.of(sealer.encrypt(sealer.decrypt(sealed)));
            }
        };

        transaction.executeWithoutResult(status -> new TwoFactorSecretsRotation(accounts, rotating).run(new DefaultApplicationArguments()));

        var after = accounts.findByEmail("member@rotated-studio.example").orElseThrow().getTotpSecretCipher();
        assertThat(after).isNotEqualTo(before);
        assertThat(sealer.decrypt(java.util.Objects.requireNonNull(after))).isEqualTo(secret);
    }

    @Test
    void an_admin_resets_a_members_two_factor_and_the_reset_is_recorded() {
        var studio = secondWorkspace.create("Reset Studio", "admin@reset-studio.example", Roles.ADMIN, "C");
        memberWithTwoFactor(studio, "member@reset-studio.example");
        long memberId = accounts.findByEmail("member@reset-studio.example").orElseThrow().getId();
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(twoFactor.resetFor(memberId)).isTrue();

        assertThat(accounts.findById(memberId).orElseThrow().hasTwoFactor()).isFalse();
        assertThat(events.stream(TwoFactorReset.class)).singleElement().satisfies(e -> {
            assertThat(e.accountId()).isEqualTo(memberId);
            assertThat(e.resetByAccountId()).isEqualTo(studio.memberAccountId());
            assertThat(e.workspaceId()).isEqualTo(studio.workspaceId());
        });
        assertThat(twoFactor.resetFor(memberId)).as("nothing left to reset").isFalse();
    }

    @Test
    void another_workspaces_admin_cannot_reset_your_two_factor() {
        var mine = secondWorkspace.create("Own Studio", "admin@own-studio.example", Roles.ADMIN, "C");
        memberWithTwoFactor(mine, "member@own-studio.example");
        long memberId = accounts.findByEmail("member@own-studio.example").orElseThrow().getId();
        var other = secondWorkspace.create("Other Studio", "admin@other-studio.example", Roles.ADMIN, "C");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        assertThatThrownBy(() -> twoFactor.resetFor(memberId)).isInstanceOf(IllegalArgumentException.class);

        assertThat(accounts.findById(memberId).orElseThrow().hasTwoFactor()).isTrue();
        assertThat(events.stream(TwoFactorReset.class)).isEmpty();
    }

    @Test
    void a_member_who_is_not_admin_cannot_reset_anyone() {
        var studio = secondWorkspace.create("Flat Studio", "admin@flat-studio.example", Roles.ADMIN, "C");
        memberWithTwoFactor(studio, "member@flat-studio.example");
        secondWorkspace.addMemberAccount(studio.workspaceId(), "manager@flat-studio.example", Roles.MANAGER);
        signIn.as("manager@flat-studio.example", SecondWorkspace.PASSWORD);
        long memberId = accounts.findByEmail("member@flat-studio.example").orElseThrow().getId();

        assertThatThrownBy(() -> twoFactor.resetFor(memberId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.requireForAdmins(false)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findById(memberId).orElseThrow().hasTwoFactor()).isTrue();
    }

    @Test
    void an_admin_keeps_two_factor_on_while_the_workspace_requires_it() {
        var studio = secondWorkspace.create("Kept Studio", "admin@kept-studio.example", Roles.ADMIN, "C");
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        var setup = twoFactor.start();
        twoFactor.turnOn(setup.secret(), TwoFactorCodes.now(setup.secret()));
        twoFactor.requireForAdmins(true);

        assertThatThrownBy(() -> twoFactor.turnOff(SecondWorkspace.PASSWORD))
                .isInstanceOf(InputRefusedException.class).hasMessage(TwoFactorService.REQUIRED_FOR_ADMINS);
        assertThat(twoFactor.status().on()).isTrue();
    }
}
