package dev.clapboard.generation.domain;

import dev.clapboard.generation.ProviderKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A hosted provider a workspace configured: where it is, its key and webhook secret (both encrypted, never in
 * clear here), and its prices as data.
 */
@Entity
public class ProviderEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    @Enumerated(EnumType.STRING)
    private ProviderKind kind;
    private String displayName;
    private String baseUrl;
    private String apiKeyCipher;
    private String webhookSecretCipher;
    private String currency;
    private String priceTable;
    private String downloadHosts;
    private boolean enabled = true;
    @Version
    private long version;

    protected ProviderEndpoint() {
        this.kind = ProviderKind.VIDEOS_API;
        this.displayName = "";
        this.baseUrl = "";
        this.apiKeyCipher = "";
        this.webhookSecretCipher = "";
        this.currency = "USD";
        this.priceTable = "";
        this.downloadHosts = "";
    }

    public ProviderEndpoint(ProviderKind kind, String apiKeyCipher, String webhookSecretCipher) {
        this();
        this.kind = kind;
        this.apiKeyCipher = apiKeyCipher;
        this.webhookSecretCipher = webhookSecretCipher;
    }

    public void describe(String displayName, String baseUrl, String currency, String priceTable, String downloadHosts,
            boolean enabled) {
        this.displayName = displayName;
        this.baseUrl = baseUrl;
        this.currency = currency;
        this.priceTable = priceTable;
        this.downloadHosts = downloadHosts;
        this.enabled = enabled;
    }

    public void replaceApiKey(String apiKeyCipher) {
        this.apiKeyCipher = apiKeyCipher;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Endpoint not saved yet");
        }
        return id;
    }

    public long getWorkspaceId() {
        if (workspaceId == null) {
            throw new IllegalStateException("Endpoint not saved yet");
        }
        return workspaceId;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getApiKeyCipher() {
        return apiKeyCipher;
    }

    public String getWebhookSecretCipher() {
        return webhookSecretCipher;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPriceTable() {
        return priceTable;
    }

    public String getDownloadHosts() {
        return downloadHosts;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
