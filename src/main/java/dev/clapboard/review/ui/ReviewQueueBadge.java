package dev.clapboard.review.ui;

import dev.clapboard.base.MenuBadge;
import dev.clapboard.review.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** How many videos wait for the signed-in member, next to "My reviews" in the side menu. */
@Component
class ReviewQueueBadge implements MenuBadge {

    private final ReviewService reviews;

    ReviewQueueBadge(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String route() {
        return "my-reviews";
    }

    @Override
    public long count() {
        return reviews.waitingForMe(PageRequest.of(0, 1)).getTotalElements();
    }
}
