package dev.clapboard.workspace;

import dev.clapboard.base.Money;

/** Quota held for one run; hand its id back to {@link QuotaService#commit} or {@link QuotaService#release}. */
public record ReservedQuota(long id, long accountId, int seconds, Money euros) {
}
