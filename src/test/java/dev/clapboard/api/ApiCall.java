package dev.clapboard.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API through the whole filter chain with one token, as an outside system would. */
final class ApiCall {

    private final MockMvc http;
    private final JsonMapper json;
    private final String secret;

    ApiCall(WebApplicationContext context, String secret) {
        this.http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.json = context.getBean(JsonMapper.class);
        this.secret = secret;
    }

    MockHttpServletResponse get(String path) throws Exception {
        return send(MockMvcRequestBuilders.get(path));
    }

    MockHttpServletResponse post(String path, String body) throws Exception {
        return send(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    MockHttpServletResponse patch(String path, String body) throws Exception {
        return send(MockMvcRequestBuilders.request(HttpMethod.PATCH, path).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.header("Authorization", "Bearer " + secret)).andReturn().getResponse();
    }

    /** {@code value} as a JSON string literal, quotes and escapes included. */
    String jsonString(String value) {
        return json.writeValueAsString(value);
    }

    JsonNode json(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
