package dev.clapboard.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.clapboard.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin's client needs inline and evaluated scripts and inline styles; everything else comes from this
     * origin only, and no other site may frame the app (clickjacking).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, LoginThrottle throttle, Environment environment)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css").permitAll());
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> {
            // Vaadin pages are rendered behind a forward that commits the response; written lazily, the headers
            // would miss every page.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            headers.frameOptions(frame -> frame.deny());
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            // Over plain HTTP (the demo on localhost) a pinned HTTPS rule would only lock people out.
            if (environment.matchesProfiles("prod")) {
                headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Vaadin's holder strategy, which also finds the member in background threads of their session. One
     * instance per JVM: {@code SecurityContextHolder} is static, and every part of the app must read the same
     * holder (several application contexts share a JVM in tests).
     */
    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        synchronized (SecurityContextHolder.class) {
            var current = SecurityContextHolder.getContextHolderStrategy();
            if (current instanceof VaadinAwareSecurityContextHolderStrategy vaadinAware) {
                return vaadinAware;
            }
            var vaadinAware = new VaadinAwareSecurityContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(vaadinAware);
            return vaadinAware;
        }
    }

    /** bcrypt today, and still able to check hashes of any older encoding we move away from. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password sign-in. For an account with two-factor sign-in the right password signs nobody in: it ends in
     * {@link SecondFactorRequiredException}, which the login page answers with the code step (see
     * docs/decisions/0012-account-security.md). The check runs after the password matched, so a wrong password
     * still reads as a wrong password.
     */
    @Bean
    DaoAuthenticationProvider passwordAuthentication(UserDetailsService accounts, PasswordEncoder passwordEncoder,
            Clock clock) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPostAuthenticationChecks(details -> {
            if (details instanceof ClapboardUser user && user.hasTwoFactor()) {
                throw new SecondFactorRequiredException(user.accountId(), user.email(), clock.instant());
            }
        });
        return provider;
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }
}
