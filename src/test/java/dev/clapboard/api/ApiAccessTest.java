package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Who may call the API: valid tokens only, within their scopes, and only into their own workspace. */
@ClapboardTest
@RecordApplicationEvents
class ApiAccessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    dev.clapboard.support.Cards cards;
    @Autowired
    ApplicationEvents events;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    MockHttpServletResponse call(String secret, String path) throws Exception {
        return http.perform(get(path).header("Authorization", "Bearer " + secret)).andReturn().getResponse();
    }

    @Test
    void a_call_without_a_token_is_refused_with_401_problem_json() throws Exception {
        var response = http.perform(get("/api/v1/campaigns")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"status\":401", "Authorization: Bearer");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void an_unknown_token_is_refused_with_401() throws Exception {
        var response = call("cbk_made-up", "/api/v1/campaigns");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("The token is not valid.");
    }

    @Test
    void an_expired_token_is_refused_with_401() throws Exception {
        var secret = apiTokens.create("Expired", ApiScope.CAMPAIGNS_READ);
        jdbc.sql("update api_token set expires_at = current_timestamp - interval '1' day where secret_hash = ?")
                .param(ApiTokenService.hash(secret)).update();

        var response = call(secret, "/api/v1/campaigns");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("The token has expired.");
    }

    @Test
    void a_revoked_token_is_refused_with_401_from_its_next_call() throws Exception {
        var created = apiTokens.createAs(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, "CMS",
                ApiScope.CAMPAIGNS_READ);
        assertThat(call(created.secret(), "/api/v1/campaigns").getStatus()).isEqualTo(200);

        signIn.as(DemoLogins.ADMIN);
        tokens.revoke(created.token().id());
        SignIn.out();

        var response = call(created.secret(), "/api/v1/campaigns");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("The token was revoked.");
    }

    @Test
    void a_token_without_the_scope_is_refused_with_403_and_nothing_is_created() throws Exception {
        var secret = apiTokens.create("Reader", ApiScope.CAMPAIGNS_READ);
        signIn.as(DemoLogins.ADMIN);
        var before = campaigns.list(PageRequest.of(0, 100)).getTotalElements();
        SignIn.out();

        var response = http.perform(post("/api/v1/campaigns").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Sneaky\",\"brand\":\"X\",\"budget\":{\"amount\":10}}")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        signIn.as(DemoLogins.ADMIN);
        assertThat(campaigns.list(PageRequest.of(0, 100)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void each_scope_opens_only_its_own_endpoints() throws Exception {
        var media = apiTokens.create("Media only", ApiScope.MEDIA_READ);
        var reports = apiTokens.create("Reports only", ApiScope.REPORTS_READ);
        signIn.as(DemoLogins.ADMIN);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        SignIn.out();

        assertThat(call(media, "/api/v1/campaigns").getStatus()).isEqualTo(403);
        assertThat(call(media, "/api/v1/campaigns/" + campaignId + "/roi").getStatus()).isEqualTo(403);
        assertThat(call(reports, "/api/v1/campaigns/" + campaignId + "/roi").getStatus()).isEqualTo(200);
        assertThat(call(reports, "/api/v1/campaigns/" + campaignId + "/cards").getStatus()).isEqualTo(403);
    }

    @Test
    void another_workspaces_ids_are_not_found() throws Exception {
        var other = secondWorkspace.create("Contoso API", "api-owner@contoso.example", Roles.ADMIN, "Contoso secret");
        var secret = apiTokens.all("Northwind all");

        for (var path : new String[] {"/api/v1/campaigns/" + other.campaignId(),
                "/api/v1/campaigns/" + other.campaignId() + "/cards",
                "/api/v1/campaigns/" + other.campaignId() + "/generations",
                "/api/v1/campaigns/" + other.campaignId() + "/roi"}) {
            var response = call(secret, path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);
        var otherCard = cards.newCard(other.campaignId(), "Contoso card");
        SignIn.out();
        for (var write : new String[][] {{"/api/v1/campaigns/" + other.campaignId() + "/cards", "{\"title\":\"Intruder\"}"},
                {"/api/v1/cards/" + otherCard + "/move", "{\"stage\":\"PROMPTING\"}"},
                {"/api/v1/cards/" + otherCard + "/prompt-versions", "{\"text\":\"Intruding prompt\"}"}}) {
            var response = http.perform(post(write[0]).header("Authorization", "Bearer " + secret)
                    .contentType(MediaType.APPLICATION_JSON).content(write[1])).andReturn().getResponse();
            assertThat(response.getStatus()).as(write[0]).isEqualTo(404);
        }
        var patch = http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/v1/campaigns/" + other.campaignId()).header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Taken over\"}")).andReturn().getResponse();
        assertThat(patch.getStatus()).isEqualTo(404);
    }

    @Test
    void a_call_records_when_the_token_was_last_used_and_is_published_for_the_audit_trail() throws Exception {
        var created = apiTokens.createAs(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, "Audited",
                ApiScope.CAMPAIGNS_READ);
        assertThat(created.token().lastUsedAt()).isNull();

        call(created.secret(), "/api/v1/campaigns");
        call(created.secret(), "/api/v1/campaigns/999999");

        signIn.as(DemoLogins.ADMIN);
        var listed = tokens.list(PageRequest.of(0, 50)).stream().filter(t -> t.id() == created.token().id())
                .findFirst().orElseThrow();
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(events.stream(ApiCallMade.class).filter(e -> e.tokenId() == created.token().id()))
                .extracting(ApiCallMade::method, ApiCallMade::path, ApiCallMade::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/api/v1/campaigns", 200),
                        org.assertj.core.groups.Tuple.tuple("GET", "/api/v1/campaigns/999999", 404));
    }

    @Test
    void only_admins_manage_tokens() {
        for (var login : new DemoLogins[] {DemoLogins.MANAGER, DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn.as(login);
            assertThatThrownBy(() -> tokens.create(new ApiTokenDraft("Mine", Set.of(ApiScope.CAMPAIGNS_READ), 30)))
                    .as(login.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.revoke(1)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_secret_is_stored_only_as_its_hash() {
        var created = apiTokens.createAs(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, "Hashed",
                ApiScope.CAMPAIGNS_READ);

        assertThat(created.secret()).startsWith("cbk_").hasSize(47);
        var stored = jdbc.sql("select secret_hash from api_token where id = ?").param(created.token().id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokenService.hash(created.secret())).doesNotContain(created.secret());
        assertThat(created.token().hint()).isEqualTo(created.secret().substring(0, 10));
    }
}
