package dev.clapboard.finance;

import dev.clapboard.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ledger entry as the report lists it. */
public record LedgerLine(long id, LedgerKind kind, @Nullable Long generationId, @Nullable String category,
        @Nullable String note, Money providerAmount, Money euros, BigDecimal exchangeRate, Instant bookedAt) {
}
