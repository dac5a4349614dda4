package dev.clapboard.authorization;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad-input corpus for ids typed into addresses, one case a line: each gets the friendly "not found" page
 * (never an error page or someone's object), as an admin who may open every view.
 */
class UrlParameterCorpusTest extends KaribuTest {

    @ParameterizedTest(name = "{0} is not found")
    @ValueSource(strings = {
            "campaigns/abc", "campaigns/-1", "campaigns/0", "campaigns/99999999999999999999",
            "campaigns/1e3", "campaigns/%3Cscript%3E", "campaigns/1;drop table campaign",
            "campaigns/0/report", "campaigns/-5/compliance", "campaigns/abc/cards/1/prompt",
            "campaigns/1/cards/-1/prompt", "campaigns/1/cards/99999999999999999999/people",
            "review/abc", "review/-1", "review/0", "review/9223372036854775807",
            "provenance/abc", "provenance/9223372036854775807",
            "people/abc", "people/-1", "people/%E2%80%8B", "people/%F0%9F%9A%80",
            "account/data/abc", "account/data/-1", "account/data/99999999999999999999", "account/data/0"})
    void a_malformed_or_unknown_id_in_the_address_is_not_found(String path) {
        signIn(DemoLogins.ADMIN);
        reload();

        openUrl(path);

        assertThat(_find(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE))).as(path).isNotEmpty();
    }
}
