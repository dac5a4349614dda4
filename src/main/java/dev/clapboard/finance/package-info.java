/**
 * Finance: the append-only cost ledger fed by generation events, campaign budgets (alerts and the hard
 * cap), ROI reports against the traditional-production baseline, and A/B results of variants.
 */
@NullMarked
package dev.clapboard.finance;

import org.jspecify.annotations.NullMarked;
