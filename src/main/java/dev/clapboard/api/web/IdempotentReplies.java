package dev.clapboard.api.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first answer to each POST with an {@code Idempotency-Key}, per token, kept for a day. A key is claimed
 * before the call runs (status 0 = in progress), so two concurrent calls with the same key cannot both create.
 */
@Component
class IdempotentReplies {

    static final Duration KEPT = Duration.ofDays(1);
    static final int IN_PROGRESS = 0;

    record Reply(String requestHash, int status, @Nullable String contentType, @Nullable String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentReplies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims {@code key} for this call; empty when claimed, else the reply (or claim) stored before. */
    Optional<Reply> claim(long tokenId, String key, String requestHash) {
        var now = clock.instant();
        jdbc.sql("delete from api_idempotent_reply where created_at < ?").param(Timestamp.from(now.minus(KEPT)))
                .update();
        try {
            jdbc.sql("insert into api_idempotent_reply (token_id, idem_key, request_hash, status, created_at) "
                    + "values (?, ?, ?, ?, ?)").params(tokenId, key, requestHash, IN_PROGRESS, Timestamp.from(now))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return jdbc.sql("select request_hash, status, content_type, body from api_idempotent_reply "
                    + "where token_id = ? and idem_key = ?").params(tokenId, key)
                    .query((rs, n) -> new Reply(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                    .optional();
        }
    }

    void complete(long tokenId, String key, int status, @Nullable String contentType, String body) {
        jdbc.sql("update api_idempotent_reply set status = ?, content_type = ?, body = ? "
                + "where token_id = ? and idem_key = ?").params(status, contentType, body, tokenId, key).update();
    }

    /** Forgets the claim of a call that failed on our side, so the client may try again with the same key. */
    void release(long tokenId, String key) {
        jdbc.sql("delete from api_idempotent_reply where token_id = ? and idem_key = ?").params(tokenId, key).update();
    }
}
