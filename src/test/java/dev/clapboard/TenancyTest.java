package dev.clapboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.security.WorkspaceSwitcher;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.WorkspaceService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ClapboardTest
class TenancyTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    CampaignService campaignService;
    @Autowired
    CampaignRepository campaignRepository;
    @Autowired
    WorkspaceService workspaceService;
    @Autowired
    WorkspaceSwitcher switcher;
    @Autowired
    CurrentUser currentUser;

    SecondWorkspace.Created contoso;

    @BeforeEach
    void twoWorkspaces() {
        contoso = secondWorkspace.create("Contoso " + System.nanoTime(), "owner" + System.nanoTime() + "@contoso.example",
                Roles.ADMIN, "Contoso secret launch");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_member_of_workspace_A_cannot_read_a_campaign_of_workspace_B() {
        signIn.as(DemoLogins.ADMIN);

        assertThat(campaignService.find(contoso.campaignId())).isEmpty();
        assertThat(campaignRepository.findById(contoso.campaignId())).isEmpty();
        assertThat(campaignRepository.existsById(contoso.campaignId())).isFalse();
        assertThat(campaignService.list(PageRequest.of(0, 50)).getContent()).extracting(CampaignSummary::name)
                .doesNotContain("Contoso secret launch").isNotEmpty();
        assertThat(workspaceService.membersById(Set.of(contoso.memberAccountId()))).isEmpty();
    }

    @Test
    void the_member_of_workspace_B_reads_it_and_not_the_demo_campaign() {
        signIn.as(contoso.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(campaignService.find(contoso.campaignId())).isPresent();
        assertThat(campaignService.list(PageRequest.of(0, 50)).getContent()).extracting(CampaignSummary::name)
                .containsExactly("Contoso secret launch");
    }

    @Test
    void without_a_signed_in_member_nothing_is_readable() {
        assertThat(campaignRepository.findAll()).isEmpty();
        assertThatThrownBy(() -> campaignService.find(contoso.campaignId()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_member_of_two_workspaces_switches_between_them_and_the_role_follows() {
        secondWorkspace.addMember(contoso.workspaceId(), DemoLogins.REVIEWER.email, Roles.MANAGER);
        signIn.as(DemoLogins.REVIEWER);
        assertThat(currentUser.require().role()).isEqualTo(Roles.REVIEWER);
        assertThat(currentUser.require().seats()).hasSize(2);
        var home = currentUser.require().workspaceId();
        switcher.switchTo(contoso.workspaceId());
        try {
            assertThat(currentUser.require().workspaceId()).isEqualTo(contoso.workspaceId());
            assertThat(currentUser.require().role()).isEqualTo(Roles.MANAGER);
            assertThat(campaignService.list(PageRequest.of(0, 50)).getContent()).extracting(CampaignSummary::name)
                    .containsExactly("Contoso secret launch");
        } finally {
            // Switching is remembered for the next sign-in; other tests sign in as the demo reviewer.
            switcher.switchTo(home);
        }
    }

    @Test
    void switching_to_a_workspace_one_does_not_belong_to_is_refused() {
        signIn.as(DemoLogins.ADMIN);
        var before = currentUser.require().workspaceId();

        assertThatThrownBy(() -> switcher.switchTo(contoso.workspaceId())).isInstanceOf(AccessDeniedException.class);
        assertThat(currentUser.require().workspaceId()).isEqualTo(before);
    }
}
