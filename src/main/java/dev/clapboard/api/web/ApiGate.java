package dev.clapboard.api.web;

import dev.clapboard.api.ApiCallMade;
import dev.clapboard.api.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every {@code /api} call passes before a controller: the bearer token (401 when it is not valid), the
 * token's rate limit (429 with Retry-After), the body size limit (413), and {@code Idempotency-Key} on POSTs
 * (a repeated key gets the first answer again and runs nothing). Each call by a valid token is published as
 * {@link ApiCallMade} with the status it got. Not a bean: Spring Boot would register it for every URL.
 */
final class ApiGate extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final ApiTokenAuthenticator authenticator;
    private final RateLimiter rateLimiter;
    private final IdempotentReplies replies;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final int maxBodyBytes;

    ApiGate(ApiTokenAuthenticator authenticator, RateLimiter rateLimiter, IdempotentReplies replies,
            ApplicationEventPublisher events, JsonMapper json, int maxBodyBytes) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.replies = replies;
        this.events = events;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response); // anonymous: only the OpenAPI document lets it through
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(request, response, "Send the API token as: Authorization: Bearer cbk_...");
            return;
        }
        var outcome = authenticator.authenticate(header.substring(7).strip());
        var authentication = outcome.authentication();
        if (authentication == null) {
            unauthorized(request, response, outcome.refusal());
            return;
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        try {
            admitted(request, response, chain, authentication);
        } finally {
            events.publishEvent(new ApiCallMade(authentication.workspaceId(), authentication.tokenId(),
                    authentication.tokenName(), request.getMethod(), request.getRequestURI(), response.getStatus()));
            strategy.clearContext();
        }
    }

    private void admitted(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ApiTokenAuthentication token) throws ServletException, IOException {
        var wait = rateLimiter.take(token.tokenId());
        if (!wait.isZero()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            Problems.write(json, request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "This token made too many calls; wait as the Retry-After header says.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        var body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        var buffered = new BufferedBody(request, body);
        var key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null || !"POST".equals(request.getMethod())) {
            chain.doFilter(buffered, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            Problems.write(json, request, response, HttpStatus.BAD_REQUEST,
                    "An Idempotency-Key has 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        var requestHash = ApiTokenService.hash(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
        var earlier = replies.claim(token.tokenId(), key, requestHash);
        if (earlier.isPresent()) {
            replay(request, response, earlier.get(), requestHash);
            return;
        }
        var recording = new ContentCachingResponseWrapper(response);
        var completed = false;
        try {
            chain.doFilter(buffered, recording);
            if (recording.getStatus() < 500) {
                replies.complete(token.tokenId(), key, recording.getStatus(), recording.getContentType(),
                        new String(recording.getContentAsByteArray(), StandardCharsets.UTF_8));
                completed = true;
            }
        } finally {
            if (!completed) {
                replies.release(token.tokenId(), key);
            }
            recording.copyBodyToResponse();
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, IdempotentReplies.Reply reply,
            String requestHash) throws IOException {
        if (!reply.requestHash().equals(requestHash)) {
            Problems.write(json, request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        } else if (reply.status() == IdempotentReplies.IN_PROGRESS) {
            Problems.write(json, request, response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still running; ask again in a moment.");
        } else {
            response.setStatus(reply.status());
            response.setHeader(REPLAYED, "true");
            if (reply.contentType() != null) {
                response.setContentType(reply.contentType());
            }
            if (reply.body() != null) {
                response.getOutputStream().write(reply.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        Problems.write(json, request, response, HttpStatus.UNAUTHORIZED, reason);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(json, request, response, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes.");
    }

    /** The request with its body read once, up front, so the size is known and the body can be hashed. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
