/** Ledger entries, budget alerts and overrides, A/B results: entities and repositories internal to finance. */
@NullMarked
package dev.clapboard.finance.domain;

import org.jspecify.annotations.NullMarked;
