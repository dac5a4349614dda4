package dev.clapboard.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.clapboard.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css").permitAll());
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

    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }
}
