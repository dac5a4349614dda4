package dev.clapboard.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Operations endpoints under {@code /actuator} get their own chain, ahead of Vaadin's: health is open (load
 * balancers and orchestrators probe it; details only for admins), everything else (metrics, Prometheus) needs an
 * ADMIN, by the browser session or HTTP Basic for a scraper's service account. No login redirect: a scraper
 * gets 401. With {@code management.server.port} set (profile {@code management}), the endpoints move to that port,
 * which is open to whoever reaches it: keep it off the public network; the app's port then serves none of them.
 *
 * @see <a href="../../../../../docs/decisions/0014-scale-out.md">0014 Scale-out</a>
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, ManagementPort managementPort)
            throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(managementPort).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
