package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.support.ClapboardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/** Each token has its own budget of calls a minute; beyond it, 429 says how long to wait. */
@ClapboardTest
@TestPropertySource(properties = "clapboard.api.rate-limit.per-minute=3")
class ApiRateLimitTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;

    @Test
    void a_token_over_its_rate_is_answered_429_with_retry_after_while_another_token_still_works() throws Exception {
        var busy = new ApiCall(context, tokens.create("Busy", ApiScope.CAMPAIGNS_READ));
        var calm = new ApiCall(context, tokens.create("Calm", ApiScope.CAMPAIGNS_READ));

        for (int i = 0; i < 3; i++) {
            assertThat(busy.get("/api/v1/campaigns").getStatus()).isEqualTo(200);
        }
        var limited = busy.get("/api/v1/campaigns");

        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(limited.getContentType()).isEqualTo("application/problem+json");
        assertThat(calm.get("/api/v1/campaigns").getStatus()).isEqualTo(200);
    }
}
