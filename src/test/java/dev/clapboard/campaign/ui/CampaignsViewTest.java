package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;

class CampaignsViewTest extends KaribuTest {

    @Test
    void every_member_sees_the_demo_campaign_with_owner_and_budget() {
        signIn(DemoLogins.REVIEWER);
        reload();
        UI.getCurrent().navigate("");

        var grid = _get(CampaignsView.class).grid;
        assertThat(_size(grid)).isEqualTo(1);
        var row = _getFormattedRow(grid, 0);
        assertThat(row).contains("Spring Launch: Northwind Analytics 3.0", "Northwind Analytics", "Active",
                "Marco Manning");
        assertThat(String.join(" ", row)).contains("800");
    }
}
