package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "My reviews" in the side menu counts the videos waiting for me, and the count follows as videos arrive. */
class ReviewQueueBadgeTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;

    @Test
    void my_reviews_shows_how_many_videos_wait_for_me_and_counts_a_new_one_on_the_next_navigation()
            throws Exception {
        signIn(DemoLogins.REVIEWER);
        reload();
        UI.getCurrent().navigate("campaigns");
        var before = reviews.waitingForMe(PageRequest.of(0, 1)).getTotalElements();
        assertThat(badgeText()).isEqualTo(before == 0 ? "" : String.valueOf(before));

        signIn(DemoLogins.CREATOR);
        videos.newVideo("Badge count");
        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate("my-reviews");

        assertThat(badgeText()).isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void creators_have_no_review_queue_and_no_badge() {
        signIn(DemoLogins.CREATOR);
        reload();
        UI.getCurrent().navigate("campaigns");

        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("My reviews");
    }

    private String badgeText() {
        var item = _get(SideNav.class).getItems().stream().filter(i -> i.getLabel().equals("My reviews")).findFirst()
                .orElseThrow();
        var suffix = item.getSuffixComponent();
        return suffix == null || !suffix.isVisible() ? "" : suffix.getElement().getText();
    }
}
