package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A member disabled or removed while signed in loses their session on the very next request. */
@ClapboardTest
class ActiveMemberFilterTest {

    private static final String PASSWORD = "member-password-2026";

    @Autowired
    ActiveMemberFilter filter;
    @Autowired
    MemberService members;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_active_member_keeps_their_session_and_a_disabled_one_is_signed_out_at_once() throws Exception {
        var admin = secondWorkspace.create("Filter Studio", "admin@filter-studio.example", Roles.ADMIN, "C");
        long memberId = member(admin.workspaceId(), "member@filter-studio.example");
        var memberSignIn = signIn.as("member@filter-studio.example", PASSWORD);

        var session = request(memberSignIn);
        assertThat(session.isInvalid()).isFalse();

        signIn.as(admin.memberEmail(), SecondWorkspace.PASSWORD);
        members.setEnabled(memberId, false);

        var afterDisabling = request(memberSignIn);
        assertThat(afterDisabling.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_removed_member_is_signed_out_at_once() throws Exception {
        var admin = secondWorkspace.create("Filter Agency", "admin@filter-agency.example", Roles.ADMIN, "C");
        long memberId = member(admin.workspaceId(), "member@filter-agency.example");
        var memberSignIn = signIn.as("member@filter-agency.example", PASSWORD);
        signIn.as(admin.memberEmail(), SecondWorkspace.PASSWORD);

        members.remove(memberId);

        assertThat(members.overview(PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(request(memberSignIn).isInvalid()).isTrue();
    }

    /** One request of the member's browser session through the filter; returns that session. */
    private MockHttpSession request(Authentication member) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(member);
        SecurityContextHolder.setContext(context);
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on, as a visitor if signed out").isNotNull();
        return session;
    }

    private long member(long workspaceId, String email) {
        return transaction.execute(status -> {
            var account = accounts.save(new Account(email, "Member", passwordEncoder.encode(PASSWORD), Instant.now()));
            memberships.save(new Membership(workspaceId, account.getId(), Roles.CREATOR, Instant.now()));
            return account.getId();
        });
    }
}
