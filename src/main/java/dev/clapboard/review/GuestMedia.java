package dev.clapboard.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Streams a video a guest link shares (the first, or one of its playlist by id), to anyone holding the token:
 * 410 Gone once the link expired or was revoked, 401 while its password has not been given in this browser
 * session, 404 for an unknown token or a video the link does not share. Range requests are answered by Spring
 * from the resource, so seeking works.
 */
@RestController
class GuestMedia {

    private final GuestReviews guests;

    GuestMedia(GuestReviews guests) {
        this.guests = guests;
    }

    @GetMapping("/guest-media/{token}")
    ResponseEntity<Resource> stream(@PathVariable String token, HttpServletRequest request) {
        return stream(token, null, request);
    }

    /** One video of a playlist link; 404 for a video the link does not share. */
    @GetMapping("/guest-media/{token}/{generationId}")
    ResponseEntity<Resource> stream(@PathVariable String token, @PathVariable @Nullable Long generationId,
            HttpServletRequest request) {
        var session = request.getSession(false);
        var passwordGiven = session != null && session.getAttribute(GuestReviews.unlockedAttribute(token)) != null;
        return guests.video(token, passwordGiven, generationId)
                .map(video -> ResponseEntity.ok().contentType(MediaType.parseMediaType(video.contentType()))
                        .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePrivate())
                        .eTag(video.sha256()).body(video.content()))
                .orElseGet(() -> ResponseEntity.status(switch (guests.state(token)) {
                    case EXPIRED, REVOKED -> HttpStatus.GONE;
                    case PASSWORD_NEEDED, LOCKED -> HttpStatus.UNAUTHORIZED;
                    default -> HttpStatus.NOT_FOUND;
                }).build());
    }

    @Configuration
    static class GuestMediaSecurity {

        /** Guests have no account: the token in the path is the only key, checked by the controller. */
        @Bean
        @Order(2)
        SecurityFilterChain guestMediaSecurityFilterChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/guest-media/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .build();
        }
    }
}
