package dev.clapboard.generation;

import dev.clapboard.generation.domain.ProviderEndpoint;
import dev.clapboard.generation.domain.ProviderEndpointRepository;
import dev.clapboard.generation.hosted.HostedProviders;
import dev.clapboard.generation.hosted.PriceTableText;
import dev.clapboard.generation.hosted.SecretBox;
import dev.clapboard.generation.provider.ProviderException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosted provider endpoints of the workspace, managed by its admins. Keys and webhook secrets are
 * write-only: they are encrypted on the way in and never come back out of this service.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ProviderEndpointService {

    public static final String MASKED_KEY = "••••••••";
    static final int MAX_URL_LENGTH = 500;
    /** Encrypted and base64-encoded, a secret of this length still fits its 1,000-character column. */
    static final int MAX_SECRET_LENGTH = 500;
    static final int MAX_PRICE_TABLE_LENGTH = 4000;
    static final int MAX_HOSTS_LENGTH = 1000;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0");
    private static final SecureRandom random = new SecureRandom();

    private final ProviderEndpointRepository endpoints;
    private final SecretBox secrets;
    private final HostedProviders hosted;
    private final URI ownBaseUrl;
    private final int ownPort;

    ProviderEndpointService(ProviderEndpointRepository endpoints, SecretBox secrets, HostedProviders hosted,
            @Value("${clapboard.base-url}") String ownBaseUrl, @Value("${server.port:8080}") int ownPort) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.hosted = hosted;
        this.ownBaseUrl = URI.create(ownBaseUrl);
        this.ownPort = ownPort;
    }

    /** An endpoint as the settings list shows it: the key only as {@link #MASKED_KEY}. */
    public record EndpointSummary(long id, ProviderKind kind, String displayName, String baseUrl, String currency,
            String priceTable, String downloadHosts, boolean enabled, String maskedKey, String webhookUrl) {
    }

    /**
     * What the admin typed. A blank {@code apiKey} or {@code webhookSecret} keeps the stored one when editing;
     * a blank webhook secret on a new endpoint gets a generated one.
     */
    public record EndpointForm(@Nullable Long id, ProviderKind kind, String displayName, String baseUrl,
            String apiKey, String webhookSecret, String currency, String priceTable, String downloadHosts,
            boolean enabled) {

        /** Never print the secrets. */
        @Override
        public String toString() {
            return "EndpointForm[" + id + ", " + kind + ", " + displayName + ", " + baseUrl + "]";
        }
    }

    /** The saved endpoint, and the generated webhook secret to copy to the provider (shown once), if any. */
    public record Saved(EndpointSummary endpoint, @Nullable String generatedWebhookSecret) {
    }

    /** A form field and why its value cannot be saved. */
    public static class EndpointRefusedException extends RuntimeException {
        private final String field;

        public EndpointRefusedException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public List<EndpointSummary> list() {
        return endpoints.findAllByOrderByDisplayNameAsc().stream().map(this::summary).toList();
    }

    @Transactional
    public Saved save(EndpointForm form) {
        var problems = problems(form);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new EndpointRefusedException(first.getKey(), first.getValue());
        }
        String generatedSecret = null;
        ProviderEndpoint endpoint;
        if (form.id() == null) {
            var webhookSecret = form.webhookSecret().strip();
            if (webhookSecret.isEmpty()) {
                webhookSecret = generatedSecret = newWebhookSecret();
            }
            endpoint = new ProviderEndpoint(form.kind(), secrets.encrypt(form.apiKey()), secrets.encrypt(webhookSecret));
        } else {
            endpoint = endpoints.findById(form.id())
                    .orElseThrow(() -> new EndpointRefusedException("id", "That provider does not exist here."));
            if (!form.apiKey().isEmpty()) {
                endpoint.replaceApiKey(secrets.encrypt(form.apiKey()));
            }
        }
        endpoint.describe(form.displayName().strip(), form.baseUrl().strip(), form.currency().strip()
                .toUpperCase(Locale.ROOT), form.priceTable().strip(), form.downloadHosts().strip(), form.enabled());
        return new Saved(summary(endpoints.save(endpoint)), generatedSecret);
    }

    /** What is wrong with each field of {@code form}, in form order; empty when it can be saved. */
    public Map<String, String> problems(EndpointForm form) {
        var problems = new LinkedHashMap<String, String>();
        if (form.displayName().isBlank() || form.displayName().strip().length() > 100) {
            problems.put("displayName", "Name the provider (up to 100 characters).");
        }
        // the lengths are the columns' (V7): longer text would fail in the database instead of at the field
        if (form.baseUrl().strip().length() > MAX_URL_LENGTH) {
            problems.put("baseUrl", "Keep the URL within " + MAX_URL_LENGTH + " characters.");
        } else {
            baseUrlProblem(form.baseUrl()).ifPresent(p -> problems.put("baseUrl", p));
        }
        if (form.apiKey().length() > MAX_SECRET_LENGTH) {
            problems.put("apiKey", "An API key is at most " + MAX_SECRET_LENGTH + " characters; paste it again.");
        } else {
            keyProblem(form.apiKey(), form.id() == null).ifPresent(p -> problems.put("apiKey", p));
        }
        if (form.webhookSecret().chars().anyMatch(Character::isWhitespace)) {
            problems.put("webhookSecret", "A webhook secret cannot contain spaces or line breaks.");
        } else if (form.webhookSecret().length() > MAX_SECRET_LENGTH) {
            problems.put("webhookSecret", "A webhook secret is at most " + MAX_SECRET_LENGTH + " characters.");
        }
        if (!form.currency().strip().matches("[A-Za-z]{3}")) {
            problems.put("currency", "Use a three-letter currency code such as USD.");
        }
        if (form.priceTable().strip().length() > MAX_PRICE_TABLE_LENGTH) {
            problems.put("priceTable", "Keep the price table within 4,000 characters.");
        } else {
            priceTableProblem(form.priceTable()).ifPresent(p -> problems.put("priceTable", p));
        }
        if (form.downloadHosts().strip().length() > MAX_HOSTS_LENGTH) {
            problems.put("downloadHosts", "Keep the download hosts within 1,000 characters.");
        }
        return problems;
    }

    /** An http(s) URL of another server, or why not. */
    public Optional<String> baseUrlProblem(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a URL; write e.g. https://api.example.com/v1.");
        }
        if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            return Optional.of("Use an http:// or https:// URL, e.g. https://api.example.com/v1.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of("Leave out query, fragment and credentials; the key goes in its own field.");
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        var port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        var ownHost = ownBaseUrl.getHost() == null ? "" : ownBaseUrl.getHost().toLowerCase(Locale.ROOT);
        var ownBasePort = ownBaseUrl.getPort() != -1 ? ownBaseUrl.getPort()
                : "https".equalsIgnoreCase(ownBaseUrl.getScheme()) ? 443 : 80;
        if ((LOOPBACK.contains(host) && port == ownPort) || (host.equals(ownHost) && port == ownBasePort)) {
            return Optional.of("This URL points at Clapboard itself; enter the provider's API URL.");
        }
        return Optional.empty();
    }

    public Optional<String> keyProblem(String key, boolean required) {
        if (key.isEmpty()) {
            return required ? Optional.of("Enter the API key.") : Optional.empty();
        }
        if (key.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("The key contains spaces or line breaks; paste it again without them.");
        }
        return Optional.empty();
    }

    public Optional<String> priceTableProblem(String text) {
        try {
            PriceTableText.parse("USD", text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Calls a cheap endpoint of the provider with the stored key and says what happened, in words. */
    public String testConnection(long endpointId) {
        var endpoint = endpoints.findById(endpointId)
                .orElseThrow(() -> new EndpointRefusedException("id", "That provider does not exist here."));
        try {
            return hosted.testConnection(endpoint);
        } catch (ProviderException e) {
            return "Connection failed: " + e.getMessage();
        }
    }

    private EndpointSummary summary(ProviderEndpoint endpoint) {
        return new EndpointSummary(endpoint.getId(), endpoint.getKind(), endpoint.getDisplayName(),
                endpoint.getBaseUrl(), endpoint.getCurrency(), endpoint.getPriceTable(), endpoint.getDownloadHosts(),
                endpoint.isEnabled(), MASKED_KEY, webhookUrl(endpoint.getId()));
    }

    private String webhookUrl(long endpointId) {
        var base = ownBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/webhooks/providers/" + endpointId;
    }

    private static String newWebhookSecret() {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
