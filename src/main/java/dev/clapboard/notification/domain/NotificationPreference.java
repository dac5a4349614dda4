package dev.clapboard.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A member's choice whether notifications of one kind also go out by e-mail. */
@Entity
public class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long accountId;
    private String kind;
    private boolean email;

    protected NotificationPreference() {
        this.kind = "";
    }

    public NotificationPreference(long accountId, String kind, boolean email) {
        this.accountId = accountId;
        this.kind = kind;
        this.email = email;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public boolean isEmail() {
        return email;
    }

    public void setEmail(boolean email) {
        this.email = email;
    }
}
