package dev.clapboard.generation.hosted;

/** A cheap call that shows the endpoint answers and accepts the key. */
interface ConnectionTest {

    /** @return what the provider answered, in words; throws ProviderException when it did not */
    String testConnection();
}
