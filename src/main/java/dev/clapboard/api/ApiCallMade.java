package dev.clapboard.api;

/**
 * One call of the REST API by a token, after it was answered; published for the audit trail. Published outside
 * any transaction (listeners need {@code fallbackExecution = true}).
 *
 * @param status the HTTP status the call was answered with (429 when rate-limited, 4xx when refused)
 */
public record ApiCallMade(long workspaceId, long tokenId, String tokenName, String method, String path, int status) {
}
