package dev.clapboard.api.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a list; pass {@code next} as {@code cursor} for the following page. Null when there is none. */
record ApiPage<T>(List<T> items, @Nullable String next) {
}
