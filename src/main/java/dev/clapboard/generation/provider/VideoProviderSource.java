package dev.clapboard.generation.provider;

import java.util.List;

/**
 * Providers that are not beans but data, such as the hosted endpoints a workspace configured. The registry
 * asks each source on every look-up, so it answers for the workspace of the current member or system actor.
 */
public interface VideoProviderSource {

    List<VideoProvider> providers();
}
