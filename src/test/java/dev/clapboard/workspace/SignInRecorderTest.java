package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ClapboardTest
class SignInRecorderTest {

    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Many sessions of one login signing in at once (bench/load) used to queue, and time out, on this lock. */
    @Test
    void a_member_signs_in_while_their_account_row_is_locked_and_the_sign_in_is_noted_once_it_is_free()
            throws Exception {
        var email = DemoLogins.REVIEWER.email;
        jdbc.update("update account set last_sign_in_at = null where email = ?", email);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var other = Executors.newSingleThreadExecutor()) {
            var holder = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForList("select id from account where email = ? for update", email);
                locked.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            try {
                assertThat(signIn.as(DemoLogins.REVIEWER).isAuthenticated()).isTrue();
                assertThat(lastSignIn(email)).as("not noted while the row is locked").isNull();
            } finally {
                release.countDown();
            }
            holder.get();
        }

        await().atMost(Duration.ofMinutes(1)).until(() -> lastSignIn(email) != null);
    }

    private Object lastSignIn(String email) {
        return jdbc.queryForObject("select last_sign_in_at from account where email = ?", Object.class, email);
    }
}
