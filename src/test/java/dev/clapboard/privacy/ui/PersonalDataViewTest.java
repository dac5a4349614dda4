package dev.clapboard.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonalDataViewTest extends KaribuTest {

    @Autowired
    CurrentUser currentUser;

    @Test
    void a_member_finds_the_download_of_their_own_data() {
        signIn(DemoLogins.REVIEWER);
        openUrl("account/data");

        var view = _get(PersonalDataView.class);
        assertThat(Objects.requireNonNull(view.download).getText()).isEqualTo("Download my data (ZIP)");
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void an_admin_finds_the_download_of_a_members_data() {
        signIn(DemoLogins.REVIEWER);
        long reviewer = currentUser.require().accountId();
        signIn(DemoLogins.ADMIN);
        openUrl("account/data/" + reviewer);

        assertThat(Objects.requireNonNull(_get(PersonalDataView.class).download).getText())
                .startsWith("Download ").endsWith("'s data (ZIP)").isNotEqualTo("Download my data (ZIP)");
    }

    @Test
    void a_member_asking_for_someone_elses_data_gets_not_found() {
        signIn(DemoLogins.ADMIN);
        long admin = currentUser.require().accountId();
        signIn(DemoLogins.CREATOR);
        openUrl("account/data/" + admin);

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
