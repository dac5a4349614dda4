package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.MemberQuotas;
import dev.clapboard.workspace.MemberService;
import dev.clapboard.workspace.WorkspaceSettings;
import dev.clapboard.workspace.WorkspaceSettingsService;
import dev.clapboard.workspace.domain.InviteRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class InvitesViewTest extends KaribuTest {

    @Autowired
    InviteService invites;
    @Autowired
    InviteRepository inviteRows;
    @Autowired
    MemberService members;
    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    CurrentUser currentUser;

    /** Tests share the demo workspace: leave no pending invite behind, so seats stay as they were. */
    @AfterEach
    void revokePendingInvites() {
        signIn.as(DemoLogins.ADMIN);
        invites.list(PageRequest.of(0, 500)).stream().filter(i -> i.pending()).forEach(i -> invites.revoke(i.id()));
    }

    @Test
    void an_admin_invites_by_email_and_sees_the_pending_invite() {
        var view = open(DemoLogins.ADMIN);

        inviteIn(view, "gina@newcomer.example", Roles.MANAGER);

        assertThat(view.status.getText()).isEqualTo("Invite sent to gina@newcomer.example.");
        assertThat(_getFormattedRow(view.grid, 0)).contains("gina@newcomer.example", "Manager", "Pending",
                "Alice Adams");
    }

    @Test
    void a_malformed_email_is_refused_at_the_field_and_nothing_is_saved() {
        var view = open(DemoLogins.ADMIN);
        long before = inviteRows.count();

        for (var bad : List.of("not-an-address", "two@@example.com", "spaces in@example.com", "x@localhost")) {
            inviteIn(view, bad, Roles.CREATOR);
            assertThat(view.email.isInvalid()).as(bad).isTrue();
            assertThat(view.email.getErrorMessage()).as(bad).contains("valid e-mail address");
        }

        assertThat(inviteRows.count()).isEqualTo(before);
    }

    @Test
    void inviting_the_same_address_twice_resends_the_pending_invite_instead() {
        var view = open(DemoLogins.ADMIN);
        inviteIn(view, "hal@newcomer.example", Roles.CREATOR);
        long used = invites.allowance().used();

        inviteIn(view, "HAL@newcomer.example ", Roles.CREATOR);

        assertThat(view.status.getText()).contains("was invited already", "sent again with a new link");
        assertThat(invites.allowance().used()).isEqualTo(used);
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _getFormattedRow(view.grid, i))
                .filter(row -> row.contains("hal@newcomer.example"))).hasSize(1);
    }

    @Test
    void an_invite_beyond_the_inviters_quota_is_refused_naming_the_quota() {
        var view = open(DemoLogins.ADMIN);
        long used = invites.allowance().used();
        var admin = currentUser.require().accountId();
        members.setQuotas(admin, new MemberQuotas((int) used, 600, new BigDecimal("50.00")));
        try {
            long before = inviteRows.count();

            inviteIn(view, "ivy@newcomer.example", Roles.CREATOR);

            assertThat(view.email.isInvalid()).isTrue();
            assertThat(view.email.getErrorMessage()).contains("used all " + used + " invites of your invite quota");
            assertThat(inviteRows.count()).isEqualTo(before);
        } finally {
            members.setQuotas(admin, new MemberQuotas(10, 600, new BigDecimal("50.00")));
        }
    }

    @Test
    void an_invite_beyond_the_seat_limit_is_refused_naming_the_seat_limit() {
        var view = open(DemoLogins.ADMIN);
        var original = settings.current();
        int taken = (int) invites.allowance().seatsTaken();
        settings.save(withSeatLimit(original, taken));
        try {
            inviteIn(view, "jo@newcomer.example", Roles.CREATOR);

            assertThat(view.email.getErrorMessage()).contains("reached its seat limit of " + taken);
            assertThat(inviteRows.findFirstByWorkspaceIdAndEmailAndStatus(currentUser.require().workspaceId(),
                    "jo@newcomer.example", dev.clapboard.workspace.domain.InviteStatus.PENDING)).isEmpty();
        } finally {
            settings.save(original);
        }
    }

    @Test
    void revoking_a_pending_invite_gives_the_invite_back() {
        var view = open(DemoLogins.ADMIN);
        long before = invites.allowance().used();
        inviteIn(view, "kim@newcomer.example", Roles.REVIEWER);
        assertThat(invites.allowance().used()).isEqualTo(before + 1);

        var actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Revoke")));

        assertThat(invites.allowance().used()).isEqualTo(before);
        assertThat(_getFormattedRow(view.grid, 0)).contains("kim@newcomer.example", "Revoked");
        assertThat(view.allowance.getText()).contains("You have used " + before + " of your");
    }

    @Test
    void a_manager_may_give_the_creator_and_reviewer_roles_only() {
        var view = open(DemoLogins.MANAGER);

        assertThat(view.role.getListDataView().getItems().toList()).containsExactly(Roles.CREATOR, Roles.REVIEWER);
        inviteIn(view, "lee@newcomer.example", Roles.REVIEWER);
        assertThat(view.status.getText()).isEqualTo("Invite sent to lee@newcomer.example.");
    }

    @Test
    void a_manager_who_types_the_members_address_is_refused() {
        signIn(DemoLogins.MANAGER);
        reload();

        openUrl("members");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }

    @Test
    void a_creator_who_types_the_invites_address_is_refused() {
        signIn(DemoLogins.CREATOR);
        reload();

        openUrl("invites");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }

    private InvitesView open(DemoLogins login) {
        signIn(login);
        reload();
        UI.getCurrent().navigate("invites");
        return _get(InvitesView.class);
    }

    private static void inviteIn(InvitesView view, String email, String role) {
        _setValue(view.email, email);
        _setValue(view.role, role);
        _click(view.invite);
    }

    static WorkspaceSettings withSeatLimit(WorkspaceSettings s, int seatLimit) {
        return new WorkspaceSettings(s.name(), seatLimit, s.defaultInviteQuota(), s.defaultMemberSeconds(),
                s.defaultMemberEuros(), s.monthlySeconds(), s.monthlyEuros(), s.currency(), s.usdToEur(),
                s.timeZone());
    }
}
