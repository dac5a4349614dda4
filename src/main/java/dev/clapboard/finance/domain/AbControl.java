package dev.clapboard.finance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The control a campaign's variants are compared with: one of its variants or a named static asset. */
@Entity
public class AbControl {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private @Nullable Long generationId;
    private @Nullable String staticLabel;

    protected AbControl() {
    }

    public AbControl(long campaignId) {
        this.campaignId = campaignId;
    }

    public void useVariant(long generationId) {
        this.generationId = generationId;
        this.staticLabel = null;
    }

    public void useStaticAsset(String label) {
        this.generationId = null;
        this.staticLabel = label;
    }

    public @Nullable Long getGenerationId() {
        return generationId;
    }

    public @Nullable String getStaticLabel() {
        return staticLabel;
    }
}
