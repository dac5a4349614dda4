package dev.clapboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clapboard.campaign.LaneStage;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Comments, replies, mentions and decisions through the service, the real boundary. */
@ClapboardTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    GenerationService generations;
    @Autowired
    PromptService prompts;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    dev.clapboard.campaign.CampaignSpend campaignSpend;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private GenerationSummary newVideo(String title) throws InterruptedException {
        signIn.as(DemoLogins.CREATOR);
        return videos.newVideo(title);
    }

    @Test
    void a_comment_at_three_and_a_half_seconds_keeps_its_time_and_a_reply_joins_its_thread() throws Exception {
        var video = newVideo("Comment timing");
        signIn.as(DemoLogins.REVIEWER);

        var comment = reviews.comment(video.id(), new NewComment(3_500, null, "The logo flickers here"));
        signIn.as(DemoLogins.CREATOR);
        var reply = reviews.reply(comment.id(), "Fixed in the next version");
        var replyToReply = reviews.reply(reply.id(), "Thanks");

        assertThat(reviews.comments(video.id())).extracting(TimedComment::body, TimedComment::atMillis,
                TimedComment::parentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The logo flickers here", 3_500L, null),
                org.assertj.core.groups.Tuple.tuple("Fixed in the next version", 3_500L, comment.id()),
                org.assertj.core.groups.Tuple.tuple("Thanks", 3_500L, comment.id()));
        assertThat(replyToReply.parentId()).isEqualTo(comment.id());
        assertThat(ReviewService.position(3_500)).isEqualTo("0:03.500 · frame 84");
    }

    @Test
    void times_outside_the_video_and_oversized_or_empty_comments_are_refused_and_nothing_is_saved() throws Exception {
        var video = newVideo("Bad comments");

        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(-1, null, "Before the start")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Pick a time between 0 and 4 s, the length of the video.");
        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(4_001, null, "After the end")))
                .isInstanceOf(ReviewRefusedException.class).extracting("field").isEqualTo(ReviewRefusedException.AT);
        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(1_000, 900L, "Backwards span")))
                .isInstanceOf(ReviewRefusedException.class).extracting("field").isEqualTo(ReviewRefusedException.UNTIL);
        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(1_000, null, "x".repeat(20_000))))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("At most 5,000 characters, please (this has 20,000).");
        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(1_000, null, "   ")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Write a comment first.");
        assertThat(reviews.comments(video.id())).isEmpty();
    }

    @Test
    void a_mention_of_someone_outside_the_workspace_is_refused_and_members_can_be_mentioned() throws Exception {
        signIn.as(DemoLogins.ADMIN);
        secondWorkspace.create("Mention Outsiders", "olga.outsider@contoso.example", Roles.MANAGER, "Outsider campaign");
        var video = newVideo("Mentions");

        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(0, null,
                "@olga.outsider@contoso.example please look"))).isInstanceOf(ReviewRefusedException.class)
                .hasMessageStartingWith("“@olga.outsider@contoso.example” is not a member of this workspace.");
        assertThat(reviews.comments(video.id())).isEmpty();

        var ok = reviews.comment(video.id(), new NewComment(0, null, "@manager@northwind.example and mail me at a@b.example"));
        assertThat(ok.body()).startsWith("@manager@northwind.example");
    }

    @Test
    void only_the_author_edits_or_deletes_a_comment_and_anyone_resolves_and_reopens_it() throws Exception {
        var video = newVideo("Own comments");
        var comment = reviews.comment(video.id(), new NewComment(500, null, "Too dark"));
        assertThat(comment.mayEdit()).isTrue();
        signIn.as(DemoLogins.REVIEWER);
        var reply = reviews.reply(comment.id(), "Agreed");

        assertThatThrownBy(() -> reviews.edit(comment.id(), "Changed by someone else"))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Only its author can change a comment.");
        assertThatThrownBy(() -> reviews.delete(comment.id())).isInstanceOf(ReviewRefusedException.class);
        assertThat(reviews.resolve(comment.id(), true).resolved()).isTrue();
        assertThat(reviews.resolve(comment.id(), false).resolved()).isFalse();

        signIn.as(DemoLogins.CREATOR);
        assertThat(reviews.edit(comment.id(), "Far too dark").edited()).isTrue();
        reviews.delete(comment.id());
        assertThat(reviews.comments(video.id())).extracting(TimedComment::id).doesNotContain(comment.id(), reply.id());
    }

    @Test
    void a_reviewer_comments_and_decides_but_cannot_ask_for_videos_and_a_creator_cannot_decide() throws Exception {
        var video = newVideo("Permissions");

        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.REVIEWER);
        reviews.comment(video.id(), new NewComment(1_000, null, "Nice pacing"));
        var summary = reviews.decide(video.id(), Verdict.APPROVE, null);
        assertThat(summary.state()).as("a reviewer's approval alone does not approve").isEqualTo(ReviewState.WAITING);
        assertThat(summary.decisions()).extracting(Decision::verdict).containsExactly(Verdict.APPROVE);
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.IN_REVIEW);
        assertThatThrownBy(() -> generations.request(new GenerationOrder(video.campaignId(), null, null, "Anything",
                "Anything", "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_approval_approves_the_video_and_moves_its_card_to_approved() throws Exception {
        var video = newVideo("Approve me");
        signIn.as(DemoLogins.MANAGER);

        var approvedBefore = campaignSpend.approvedVideos(video.campaignId());

        var summary = reviews.decide(video.id(), Verdict.APPROVE, "Ship it");

        assertThat(summary.state()).isEqualTo(ReviewState.APPROVED);
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.APPROVED);
        assertThat(campaignSpend.approvedVideos(video.campaignId())).as("campaign lists count it")
                .isEqualTo(approvedBefore + 1);
    }

    @Test
    void request_changes_needs_a_comment_then_sends_the_card_back_to_prompting_with_a_new_prompt_version()
            throws Exception {
        var video = newVideo("Change me");
        signIn.as(DemoLogins.MANAGER);

        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.REQUEST_CHANGES, "  "))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Say what should change.");
        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.REJECT, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Give a reason for the rejection.");
        assertThat(reviews.summary(video.id()).decisions()).isEmpty();
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.IN_REVIEW);

        var summary = reviews.decide(video.id(), Verdict.REQUEST_CHANGES, "Brighter office, slower pan");

        assertThat(summary.state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.PROMPTING);
        var latest = prompts.card(video.campaignId(), video.cardId()).orElseThrow().latest();
        assertThat(latest).isNotNull();
        assertThat(latest.text()).isEqualTo(ReviewableVideos.PROMPT);
        assertThat(latest.note()).isEqualTo("Changes requested by Marco Manning: Brighter office, slower pan");
    }

    @Test
    void a_reviewer_requesting_changes_sends_the_card_back_with_the_request_on_a_new_prompt_version()
            throws Exception {
        var video = newVideo("Reviewer asks for changes");
        signIn.as(DemoLogins.REVIEWER);

        reviews.decide(video.id(), Verdict.REQUEST_CHANGES, "Shorter intro");

        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.PROMPTING);
        var latest = prompts.card(video.campaignId(), video.cardId()).orElseThrow().latest();
        assertThat(latest).isNotNull();
        assertThat(latest.text()).isEqualTo(ReviewableVideos.PROMPT);
        assertThat(latest.note()).startsWith("Changes requested by ").endsWith(": Shorter intro");
    }

    @Test
    void decisions_and_comments_on_a_video_that_never_finished_are_refused() {
        signIn.as(DemoLogins.CREATOR);
        var queued = videos.request("Never finished");
        generations.cancel(queued.id());
        signIn.as(DemoLogins.MANAGER);

        assertThatThrownBy(() -> reviews.decide(queued.id(), Verdict.APPROVE, null))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("This generation has no video (cancelled); only a finished video can be reviewed.");
        assertThatThrownBy(() -> reviews.comment(queued.id(), new NewComment(0, null, "Hello")))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void another_workspace_neither_sees_nor_comments_on_the_video() throws Exception {
        var video = newVideo("Private video");
        signIn.as(DemoLogins.ADMIN);
        var other = secondWorkspace.create("Review Outsiders", "rita.outsider@contoso.example", Roles.MANAGER,
                "Their campaign");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(reviews.video(video.id())).isEmpty();
        assertThat(reviews.comments(video.id())).isEmpty();
        assertThatThrownBy(() -> reviews.comment(video.id(), new NewComment(0, null, "Hi")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("That video does not exist in this workspace.");
        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.APPROVE, null))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void my_reviews_lists_a_finished_video_until_i_decide_and_creators_have_no_queue() throws Exception {
        var video = newVideo("Queue me");
        assertThatThrownBy(() -> reviews.waitingForMe(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.REVIEWER);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                reviews.waitingForMe(PageRequest.of(0, 1000)).getContent()).extracting(GenerationSummary::id)
                .contains(video.id()));
        reviews.decide(video.id(), Verdict.REJECT, "Off brand");

        assertThat(reviews.waitingForMe(PageRequest.of(0, 1000)).getContent()).extracting(GenerationSummary::id)
                .doesNotContain(video.id());
    }
}
