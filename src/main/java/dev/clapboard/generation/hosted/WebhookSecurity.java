package dev.clapboard.generation.hosted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Providers call the webhooks without a session or CSRF token: the signature of each delivery is the
 * authentication, checked by {@link WebhookReceiver}.
 */
@Configuration
class WebhookSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain webhookSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
