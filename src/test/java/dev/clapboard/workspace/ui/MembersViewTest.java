package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.MemberOverview;
import dev.clapboard.workspace.NewInvite;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.TwoFactorCodes;
import dev.clapboard.workspace.TwoFactorService;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

class MembersViewTest extends KaribuTest {

    private static final String PASSWORD = "member-password-2026";

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    MemberService members;
    @Autowired
    InviteService invites;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TwoFactorService twoFactor;

    @Test
    void an_admin_sees_each_member_with_role_status_last_sign_in_invites_and_quota() {
        var view = open(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password);

        assertThat(_size(view.grid)).isEqualTo(4);
        var alice = row(view, "Alice Adams");
        assertThat(alice).contains("admin@northwind.example", "Admin", "Active");
        assertThat(String.join(" ", alice)).doesNotContain("Never").contains("used,", "left");
        assertThat(row(view, "Marco Manning")).contains("Manager");
    }

    @Test
    void an_admin_finds_a_members_data_download_in_the_member_dialog() {
        var view = open(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password);

        var dialog = editRow(view, "Marco Manning");

        var link = _get(dialog, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Download their data"));
        var manager = accounts.findByEmail(DemoLogins.MANAGER.email).orElseThrow();
        assertThat(link.getHref()).isEqualTo("account/data/" + manager.getId());
    }

    @Test
    void the_members_list_counts_each_members_invites() {
        var team = team("Members Eta");
        signIn(team.admin, SecondWorkspace.PASSWORD);
        invites.invite(new NewInvite("one@members-eta.example", Roles.CREATOR));
        invites.invite(new NewInvite("two@members-eta.example", Roles.CREATOR));
        invites.revoke(invites.list(PageRequest.of(0, 1)).getContent().getFirst().id());

        var view = open(team.admin, SecondWorkspace.PASSWORD);

        assertThat(row(view, "Member of Members Eta")).contains("1 used, 9 left");
        assertThat(row(view, "Member of Members Eta team")).contains("0 used, 10 left");
    }

    @Test
    void an_admin_changes_a_members_role_and_quotas_in_one_save() {
        var team = team("Members Alpha");
        var view = open(team.admin, SecondWorkspace.PASSWORD);

        var dialog = editRow(view, "Member of Members Alpha team");
        _setValue(dialog.role, Roles.MANAGER);
        _setValue(dialog.monthlySeconds, 1200);
        _setValue(dialog.monthlyEuros, new BigDecimal("75.50"));
        _click(dialog.save);

        assertThat(row(view, "Member of Members Alpha team")).contains("Manager");
        var member = overview(team.memberAccountId);
        assertThat(member.quota().secondsLimit()).isEqualTo(1200);
        assertThat(member.quota().eurosLimit()).isEqualByComparingTo("75.50");
    }

    @Test
    void zero_or_negative_quotas_are_refused_at_the_field_and_nothing_is_half_saved() {
        var team = team("Members Beta");
        var view = open(team.admin, SecondWorkspace.PASSWORD);

        var dialog = editRow(view, "Member of Members Beta team");
        _setValue(dialog.role, Roles.REVIEWER);
        _setValue(dialog.monthlySeconds, 0);
        _setValue(dialog.inviteQuota, -2);
        _click(dialog.save);

        assertThat(dialog.monthlySeconds.isInvalid()).isTrue();
        assertThat(dialog.monthlySeconds.getErrorMessage()).contains("from 1 to");
        assertThat(dialog.inviteQuota.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        var member = overview(team.memberAccountId);
        assertThat(member.role()).isEqualTo(Roles.CREATOR);
        assertThat(member.quota().secondsLimit()).isEqualTo(600);
    }

    @Test
    void the_last_admin_can_be_neither_demoted_nor_disabled_nor_removed() {
        var team = team("Members Gamma");
        var view = open(team.admin, SecondWorkspace.PASSWORD);
        var adminName = "Member of Members Gamma";

        var dialog = editRow(view, adminName);
        _setValue(dialog.role, Roles.CREATOR);
        _click(dialog.save);
        assertThat(dialog.status.getText()).isEqualTo(MemberService.LAST_ADMIN);

        _click(dialog.toggle);
        assertThat(dialog.status.getText()).isEqualTo(MemberService.LAST_ADMIN);

        _click(dialog.remove);
        _click(dialog.confirmRemove);
        assertThat(dialog.status.getText()).isEqualTo(MemberService.LAST_ADMIN);

        assertThat(row(view, adminName)).contains("Admin", "Active");
    }

    @Test
    void a_disabled_member_cannot_sign_in_until_enabled_again() {
        var team = team("Members Delta");
        var view = open(team.admin, SecondWorkspace.PASSWORD);

        var dialog = editRow(view, "Member of Members Delta team");
        _click(dialog.toggle);

        assertThat(row(view, "Member of Members Delta team")).contains("Disabled");
        assertThatThrownBy(() -> signIn.as(team.member, PASSWORD)).isInstanceOf(DisabledException.class);

        signIn(team.admin, SecondWorkspace.PASSWORD);
        _click(editRow(view, "Member of Members Delta team").toggle);
        assertThat(signIn.as(team.member, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_removed_member_can_no_longer_sign_in() {
        var team = team("Members Epsilon");
        var view = open(team.admin, SecondWorkspace.PASSWORD);

        var dialog = editRow(view, "Member of Members Epsilon team");
        _click(dialog.remove);
        _click(dialog.confirmRemove);

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThatThrownBy(() -> signIn.as(team.member, PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_admin_of_another_workspace_sees_only_their_members_and_cannot_change_ours() {
        var team = team("Members Zeta");
        var view = open(team.admin, SecondWorkspace.PASSWORD);
        assertThat(_size(view.grid)).isEqualTo(2);
        long creator = accounts.findByEmail(DemoLogins.CREATOR.email).orElseThrow().getId();

        assertThatThrownBy(() -> members.changeRole(creator, Roles.REVIEWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> members.setEnabled(creator, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> members.remove(creator)).isInstanceOf(IllegalArgumentException.class);
        var creatorNow = (dev.clapboard.security.ClapboardUser) signIn.as(DemoLogins.CREATOR).getPrincipal();
        assertThat(creatorNow.role()).isEqualTo(Roles.CREATOR);
    }

    @Test
    void a_manager_is_refused_by_the_service_too() {
        signIn(DemoLogins.MANAGER);

        assertThatThrownBy(() -> members.overview(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.setEnabled(1, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_resets_the_two_factor_sign_in_of_a_member_who_lost_their_phone() {
        var team = team("Members Reset");
        signIn.as(team.member(), PASSWORD);
        var setup = twoFactor.start();
        twoFactor.turnOn(setup.secret(), TwoFactorCodes.now(setup.secret()));
        var view = open(team.admin(), SecondWorkspace.PASSWORD);

        var dialog = editRow(view, "Member of Members Reset team");
        _click(dialog.resetTwoFactor);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(accounts.findById(team.memberAccountId()).orElseThrow().hasTwoFactor()).isFalse();

        dialog = editRow(view, "Member of Members Reset team");
        _click(dialog.resetTwoFactor);
        assertThat(dialog.status.getText()).isEqualTo("Member of Members Reset team does not use two-factor sign-in.");
    }

    record Team(String admin, String member, long memberAccountId) {
    }

    /** A fresh workspace with its admin and one creator whose only seat is there. */
    private Team team(String name) {
        var slug = name.toLowerCase().replace(' ', '-');
        var created = secondWorkspace.create(name, "admin@" + slug + ".example", Roles.ADMIN, "C");
        long memberId = transaction.execute(status -> {
            var account = accounts.save(new Account("member@" + slug + ".example", "Member of " + name + " team",
                    passwordEncoder.encode(PASSWORD), Instant.now()));
            memberships.save(new Membership(created.workspaceId(), account.getId(), Roles.CREATOR, Instant.now()));
            return account.getId();
        });
        return new Team(created.memberEmail(), "member@" + slug + ".example", memberId);
    }

    private MembersView open(String email, String password) {
        signIn(email, password);
        reload();
        UI.getCurrent().navigate("members");
        return _get(MembersView.class);
    }

    private static java.util.List<String> row(MembersView view, String name) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _getFormattedRow(view.grid, i))
                .filter(r -> r.getFirst().equals(name)).findFirst().orElseThrow();
    }

    private static MemberDialog editRow(MembersView view, String name) {
        int index = IntStream.range(0, _size(view.grid)).filter(i -> _getFormattedRow(view.grid, i).getFirst()
                .equals(name)).findFirst().orElseThrow();
        _clickItem(view.grid, index);
        return java.util.Objects.requireNonNull(view.dialog);
    }

    private MemberOverview overview(long accountId) {
        return members.overview(PageRequest.of(0, 50)).stream().filter(m -> m.accountId() == accountId).findFirst()
                .orElseThrow();
    }
}
