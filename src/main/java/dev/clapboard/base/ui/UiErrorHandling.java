package dev.clapboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns failures inside an open page (a click, a save) into a notification with a reference, never a stack
 * trace, and words the session-expired message so people know what happened.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);
    static final String NOT_ALLOWED = "You don't have permission to do that.";
    private static final String HIKARI_CLOSED = "Connection is closed";
    public static final String DATABASE_LOST = "The database connection was lost; nothing was saved. Try again.";

    private final ObjectProvider<DataSource> dataSource;

    UiErrorHandling(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> sessionMessages());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        var error = event.getThrowable();
        String text;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Refused: {}", error.getMessage());
            text = NOT_ALLOWED;
        } else if (databaseLost(error)) {
            // the transaction rolled back and the pool replaces the broken connection: the same click can pass
            log.warn("Database connection lost in the UI: {}", error.toString());
            // the pool's idle connections died with this one and would pass its quick check for half a second:
            // replace them, so "try again" gets a fresh connection
            dataSource.ifAvailable(UiErrorHandling::replaceIdleConnections);
            text = DATABASE_LOST;
        } else {
            var reference = ErrorReference.next();
            log.error("Error {} in the UI", reference, error);
            text = "Something went wrong (reference " + reference + "). Nothing you typed was lost; try again.";
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static void replaceIdleConnections(DataSource source) {
        try {
            if (source.isWrapperFor(HikariDataSource.class)) {
                var pool = source.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException notAPool) {
            log.debug("No pool to refresh", notAPool);
        }
    }

    /**
     * A lost or unobtainable database connection (SQL state class 08, PostgreSQL's 57P01–57P03 "terminated",
     * the pool's timeout) as opposed to a bug or a constraint: only these are worth a plain "try again".
     */
    static boolean databaseLost(Throwable error) {
        for (var t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // After a statement lost its connection, Hikari swaps in a closed one; the rollback that follows then
            // fails with this message, and Spring throws that failure instead of the original one.
            if (t instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (var t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static CustomizedSystemMessages sessionMessages() {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("Your session has ended");
        messages.setSessionExpiredMessage("You were away for a while. Click here or press Esc to sign in again.");
        messages.setSessionExpiredNotificationEnabled(true);
        return messages;
    }
}
