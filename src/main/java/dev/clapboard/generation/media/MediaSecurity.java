package dev.clapboard.generation.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Media streaming sits outside Vaadin's routes, so it gets its own filter chain: the browser's signed-in
 * session is required, a missing one answers 401 (a video element cannot follow a login redirect). Which
 * workspace may see a file is decided per request by the tenant filter in {@link MediaLibrary}.
 */
@Configuration
class MediaSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain mediaSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/media/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
