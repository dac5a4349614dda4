package dev.clapboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures tell the member "the database connection was lost; try again". */
class DatabaseLostTest {

    @Test
    void a_rollback_on_a_connection_the_pool_already_closed_counts_as_lost() {
        // the shape seen when PostgreSQL ended the connection during an insert: the failed rollback hides it
        var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(UiErrorHandling.databaseLost(rollback)).isTrue();
    }

    @Test
    void a_terminated_connection_counts_as_lost_and_a_constraint_does_not() {
        assertThat(UiErrorHandling.databaseLost(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(UiErrorHandling.databaseLost(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
    }
}
