package dev.clapboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The port of the separate management server, when {@code management.server.port} sets one: Spring Boot runs it
 * in a child context, whose start is announced to this (parent) context. A request that arrived on that port is
 * one only the monitoring network can make (the port is not published and nginx does not forward it).
 */
@Component
class ManagementPort implements RequestMatcher {

    private volatile int port = -1;

    @EventListener
    void on(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
