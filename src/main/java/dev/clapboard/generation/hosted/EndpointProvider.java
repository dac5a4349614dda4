package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoProvider;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** What every provider built from a workspace's configured endpoint shares: its identity, models and prices. */
abstract class EndpointProvider implements VideoProvider, ConnectionTest {

    protected final EndpointConfig endpoint;
    protected final HostedHttp http;
    protected final JsonMapper json;

    EndpointProvider(EndpointConfig endpoint, HostedHttp http, JsonMapper json) {
        this.endpoint = endpoint;
        this.http = http;
        this.json = json;
    }

    @Override
    public String id() {
        return endpoint.providerId();
    }

    @Override
    public String displayName() {
        return endpoint.displayName();
    }

    @Override
    public List<ModelSpec> models() {
        return endpoint.models();
    }

    @Override
    public PriceTable prices() {
        return endpoint.prices();
    }
}
