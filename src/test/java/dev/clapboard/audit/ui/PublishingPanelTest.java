package dev.clapboard.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.audit.ProvenanceService;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review view shows the label state; managers export for publishing; provenance and compliance pages are guarded. */
class PublishingPanelTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ProvenanceService provenance;
    @Autowired
    SecondWorkspace secondWorkspace;

    private GenerationSummary storedVideo(String title) throws InterruptedException {
        signIn(DemoLogins.CREATOR);
        var video = videos.newVideo(title);
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> provenance.find(video.id()).isPresent());
        return video;
    }

    @Test
    void a_manager_exports_for_publishing_and_the_review_view_then_shows_the_video_as_labelled() throws Exception {
        var video = storedVideo("Panel export");
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate("review/" + video.id());
        var panel = _get(PublishingPanel.class);
        assertThat(panel.labelState.getText()).isEqualTo("Not labelled yet: there is no export for publishing.");

        _click(panel.export);

        assertThat(panel.labelState.getText()).startsWith("Labelled for publishing: 1 export, newest ");
        var link = _get(panel.exportLinks, Anchor.class);
        assertThat(link.getHref()).startsWith("media/");
        assertThat(link.getText()).contains("“AI-generated”, bottom right");
        _assertOne(panel.provenanceLinks, Anchor.class, spec -> spec.withText("Download provenance (JSON)"));
        _assertOne(Anchor.class, spec -> spec.withText("Compliance export of this campaign"));
    }

    @Test
    void a_creator_sees_the_label_state_but_cannot_export() throws Exception {
        var video = storedVideo("Panel creator");
        UI.getCurrent().navigate("review/" + video.id());

        var panel = _get(PublishingPanel.class);
        assertThat(panel.labelState.getText()).isEqualTo("Not labelled yet: there is no export for publishing.");
        assertThat(_find(Button.class, spec -> spec.withText("Export for publishing"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("Compliance export of this campaign"))).isEmpty();
    }

    @Test
    void the_provenance_page_shows_the_json_and_another_workspace_gets_not_found() throws Exception {
        var video = storedVideo("Panel provenance");
        UI.getCurrent().navigate("provenance/" + video.id());
        assertThat(_get(ProvenanceView.class).json.getText()).contains("\"generationId\" : " + video.id());

        var other = secondWorkspace.create("Provenance Page Rivals", "rival-page@rivals.example", Roles.ADMIN, "R");
        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        openUrl("provenance/" + video.id());
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("provenance/not-a-number");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }

    @Test
    void the_compliance_export_page_is_for_managers_of_the_campaigns_workspace() {
        signIn(DemoLogins.MANAGER);
        long campaignId = videos.demoCampaignId();
        UI.getCurrent().navigate("campaigns/" + campaignId + "/compliance");
        var view = _get(ComplianceExportView.class);
        assertThat(view.download).isNotNull();
        assertThat(view.download.getText()).isEqualTo("Download compliance export (ZIP)");
        assertThat(_find(ListItem.class)).extracting(item -> item.getText())
                .anyMatch(text -> text.startsWith("consent-records.csv: every consent that covers this campaign"))
                .anyMatch(text -> text.startsWith("consents/: the signed declarations"));

        signIn(DemoLogins.CREATOR);
        openUrl("campaigns/" + campaignId + "/compliance");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));

        var other = secondWorkspace.create("Compliance Page Rivals", "rival-zip@rivals.example", Roles.MANAGER, "R");
        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        openUrl("campaigns/" + campaignId + "/compliance");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
