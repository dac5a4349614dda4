package dev.clapboard.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own filter chain, before Vaadin's: stateless, no session, no CSRF (no cookies are read),
 * authenticated by bearer tokens in {@link ApiGate}. Only the OpenAPI document is open. Swagger UI is a page for
 * signed-in admins and has its own chain on the session.
 */
@Configuration
class ApiSecurity {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
            RateLimiter rateLimiter, IdempotentReplies replies, ApplicationEventPublisher events, JsonMapper json,
            @Value("${clapboard.api.max-body-bytes:1048576}") int maxBodyBytes) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPENAPI_PATH, OPENAPI_PATH + "/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiGate(authenticator, rateLimiter, replies, events, json, maxBodyBytes),
                        ExceptionTranslationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, denied) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            Problems.write(json, request, response, HttpStatus.UNAUTHORIZED,
                                    "Send an API token: Authorization: Bearer cbk_...");
                        })
                        .accessDeniedHandler((request, response, denied) -> Problems.write(json, request, response,
                                HttpStatus.FORBIDDEN, "This token may not do that.")))
                .build();
    }

    /** Swagger UI reads the session of a signed-in admin; everyone else is refused. */
    @Bean
    @Order(3)
    SecurityFilterChain swaggerUiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(dev.clapboard.security.Roles.ADMIN))
                .build();
    }
}
