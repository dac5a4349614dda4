package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document is generated from the controllers and must list every one of their operations. */
@ClapboardTest
class OpenApiDocumentTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JsonMapper json;
    @Autowired
    SignIn signIn;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_document_is_valid_json_and_lists_exactly_the_operations_of_the_api_controllers() throws Exception {
        var response = http.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var document = json.readTree(response.getContentAsString());
        assertThat(document.path("openapi").asString()).startsWith("3.");

        var documented = new TreeSet<String>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        var mapped = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/") && !p.startsWith("/api/v1/openapi.json"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> mapped.add(m.name() + " " + p))));

        assertThat(mapped).as("campaigns 4, cards 3, prompt versions 1, generations 3, media 2, reports 1").hasSize(14);
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void every_operation_is_documented_with_a_summary_and_the_bearer_scheme() throws Exception {
        var document = json.readTree(http.perform(get("/api/v1/openapi.json")).andReturn().getResponse()
                .getContentAsString());

        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                assertThat(operation.getValue().path("summary").asString()).as(path.getKey()).isNotBlank()));
    }

    @Test
    void swagger_ui_is_for_signed_in_admins_only() throws Exception {
        var admin = signIn.as(DemoLogins.ADMIN);
        var manager = signIn.as(DemoLogins.MANAGER);
        SignIn.out();

        assertThat(http.perform(get("/swagger-ui/index.html").with(authentication(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(http.perform(get("/swagger-ui/index.html").with(authentication(manager))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(http.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);
    }
}
