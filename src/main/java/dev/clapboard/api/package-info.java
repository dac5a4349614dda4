/**
 * The REST API for other systems (CMS, automation) and outgoing webhooks. A top-level consumer: it calls every
 * feature's public services and listens to their events; no feature depends on it. API tokens are per
 * workspace and act as a service member with scopes; every call is published as {@link ApiCallMade}.
 *
 * @see <a href="../../../../../docs/decisions/0013-rest-api-and-webhooks.md">0013 REST API and webhooks</a>
 */
@NullMarked
package dev.clapboard.api;

import org.jspecify.annotations.NullMarked;
