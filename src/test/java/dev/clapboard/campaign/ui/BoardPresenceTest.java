package dev.clapboard.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import dev.clapboard.base.ClusterRelay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Who-is-looking updates reach a board only when what it shows changes, the newest one winning. */
class BoardPresenceTest {

    private final BoardBroadcaster broadcaster =
            new BoardBroadcaster(new StaticListableBeanFactory().getBeanProvider(ClusterRelay.class));
    private final List<BoardBroadcaster.Signal> shownOnFirstBoard = new ArrayList<>();

    @BeforeEach
    void openUi() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

    @Test
    void a_second_session_of_someone_already_looking_sends_the_others_nothing() {
        var ui = UI.getCurrent();
        broadcaster.join(7, ui, new BoardBroadcaster.Viewer(1, "Marco Manning"), shownOnFirstBoard::add);
        broadcaster.join(7, ui, new BoardBroadcaster.Viewer(2, "Chloe Carter"), signal -> { });
        MockVaadin.runUIQueue();
        assertThat(shownOnFirstBoard).hasSize(1);
        assertThat(names(shownOnFirstBoard.getLast())).containsExactly("Chloe Carter");

        broadcaster.join(7, ui, new BoardBroadcaster.Viewer(2, "Chloe Carter"), signal -> { });
        MockVaadin.runUIQueue();

        assertThat(shownOnFirstBoard).hasSize(1);
    }

    @Test
    void changes_arriving_before_a_board_refreshes_reach_it_once_as_the_newest() {
        var ui = UI.getCurrent();
        broadcaster.join(7, ui, new BoardBroadcaster.Viewer(1, "Marco Manning"), shownOnFirstBoard::add);
        var chloe = broadcaster.join(7, ui, new BoardBroadcaster.Viewer(2, "Chloe Carter"), signal -> { });
        broadcaster.join(7, ui, new BoardBroadcaster.Viewer(3, "Riya Reviewer"), signal -> { });
        chloe.remove();
        MockVaadin.runUIQueue();

        assertThat(shownOnFirstBoard).hasSize(1);
        assertThat(names(shownOnFirstBoard.getLast())).containsExactly("Riya Reviewer");
    }

    private static List<String> names(BoardBroadcaster.Signal signal) {
        return ((BoardBroadcaster.PresenceChanged) signal).others().stream().map(BoardBroadcaster.Viewer::name).toList();
    }
}
