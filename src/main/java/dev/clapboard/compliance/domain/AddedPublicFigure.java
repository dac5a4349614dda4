package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A public figure an admin added to the shipped list, for this workspace only. */
@Entity
@Table(name = "compliance_public_figure")
public class AddedPublicFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String name;
    private String addedBy;
    private Instant addedAt;

    protected AddedPublicFigure() {
        this.name = "";
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    public AddedPublicFigure(String name, String addedBy, Instant addedAt) {
        this.name = name;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public String getName() {
        return name;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
