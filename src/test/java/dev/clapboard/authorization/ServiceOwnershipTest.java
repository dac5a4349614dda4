package dev.clapboard.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.audit.ProvenanceService;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.RoiService;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.review.ComparisonService;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.NewComment;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewSummary;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Every service read that takes an id, called by another workspace's admin with the demo workspace's ids: each
 * answers "not found" (empty, or a refusal), never the object. Media, guest-media and API ids are covered by
 * MediaStreamTest, GuestLinkTest and ApiAccessTest; routes by RouteAuthorizationTest.
 */
@ClapboardTest
class ServiceOwnershipTest {

    /** The demo workspace's ids that another workspace must not reach. */
    record DemoIds(GenerationSummary video, GenerationSummary second, long personId, long consentId,
            long promptVersionId, long laneId, long mediaId) {
        long campaignId() {
            return video.campaignId();
        }

        long cardId() {
            return Objects.requireNonNull(video.cardId());
        }
    }

    /**
     * Reads the fixture leaves empty even for the demo workspace (a video free of charge, no reference photo, no
     * A/B results, a single prompt version, a consent given without an uploaded declaration): the other-workspace
     * test still calls them, but cannot prove much.
     */
    private static final java.util.Set<String> EMPTY_FOR_THE_OWNER_TOO = java.util.Set.of("PromptService.siblings",
            "PeopleService.reference", "ConsentService.declaration", "CostLedger.spentOn", "AbResultsService.results");

    private record Read(String name, Function<DemoIds, @Nullable Object> call, Predicate<Object> reveals) {
    }

    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BoardService boards;
    @Autowired
    PromptService prompts;
    @Autowired
    GenerationService generations;
    @Autowired
    ReviewService reviews;
    @Autowired
    ComparisonService comparisons;
    @Autowired
    GuestLinkService guestLinks;
    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consents;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    ProvenanceService provenance;
    @Autowired
    CostLedger ledger;
    @Autowired
    RoiService roi;
    @Autowired
    AbResultsService abResults;
    @Autowired
    MediaLibrary media;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<Read> reads() {
        return List.of(
                read("CampaignService.find", ids -> campaigns.find(ids.campaignId())),
                read("CampaignService.ownerAccountId", ids -> campaigns.ownerAccountId(ids.campaignId())),
                read("BoardService.board", ids -> boards.board(ids.campaignId())),
                read("BoardService.card", ids -> boards.card(ids.cardId())),
                read("BoardService.cards", ids -> boards.cards(ids.laneId(), PageRequest.of(0, 50))),
                read("BoardService.countCards", ids -> boards.countCards(ids.laneId())),
                read("BoardService.activity", ids -> boards.activity(ids.campaignId(), PageRequest.of(0, 50))),
                read("PromptService.card", ids -> prompts.card(ids.campaignId(), ids.cardId())),
                read("PromptService.history", ids -> prompts.history(ids.campaignId(), ids.cardId(),
                        PageRequest.of(0, 50))),
                read("PromptService.version", ids -> prompts.version(ids.promptVersionId())),
                read("PromptService.siblings", ids -> prompts.siblings(ids.promptVersionId())),
                read("GenerationService.find", ids -> generations.find(ids.video().id())),
                read("GenerationService.page", ids -> generations.page(ids.campaignId(), java.util.Set.of(),
                        PageRequest.of(0, 50))),
                read("GenerationService.slice", ids -> generations.slice(ids.campaignId(), java.util.Set.of(), null,
                        0, 50)),
                read("GenerationService.count", ids -> generations.count(ids.campaignId(), java.util.Set.of())),
                read("GenerationService.versions", ids -> generations.versions(ids.video().id())),
                read("GenerationService.siblings", ids -> generations.siblings(ids.video().id())),
                read("GenerationService.video", ids -> generations.video(ids.video().id())),
                read("GenerationService.thumbnail", ids -> generations.thumbnail(ids.video().id())),
                read("MediaLibrary.open", ids -> media.open(ids.mediaId())),
                read("ReviewService.video", ids -> reviews.video(ids.video().id())),
                read("ReviewService.comments", ids -> reviews.comments(ids.video().id())),
                new Read("ReviewService.summary", ids -> reviews.summary(ids.video().id()),
                        summary -> !((ReviewSummary) summary).decisions().isEmpty()),
                read("ReviewService.versions", ids -> reviews.versions(ids.video().id())),
                read("ReviewService.approvedVideos", ids -> reviews.approvedVideos(ids.campaignId())),
                read("ReviewService.firstApprovalAt", ids -> reviews.firstApprovalAt(ids.campaignId())),
                read("ComparisonService.compare", ids -> comparisons.compare(List.of(ids.video().id(),
                        ids.second().id()))),
                read("GuestLinkService.links", ids -> guestLinks.links(ids.video().id())),
                read("PeopleService.find", ids -> people.find(ids.personId())),
                read("PeopleService.reference", ids -> people.reference(ids.personId())),
                read("ConsentService.consents", ids -> consents.consents(ids.personId())),
                read("ConsentService.consentRecords", ids -> consents.consentRecords(ids.campaignId())),
                read("ConsentService.declaration", ids -> consents.declaration(ids.consentId())),
                read("CardPeopleService.people", ids -> cardPeople.people(ids.campaignId(), ids.cardId())),
                read("ProvenanceService.find", ids -> provenance.find(ids.video().id())),
                read("ProvenanceService.json", ids -> provenance.json(ids.video().id())),
                read("ProvenanceService.ofCampaign", ids -> provenance.ofCampaign(ids.campaignId())),
                read("CostLedger.spentOn", ids -> ledger.spentOn(ids.campaignId())),
                read("CostLedger.entries", ids -> ledger.entries(ids.campaignId(), PageRequest.of(0, 50))),
                read("RoiService.report", ids -> roi.report(ids.campaignId())),
                read("AbResultsService.variants", ids -> abResults.variants(ids.campaignId())),
                read("AbResultsService.results", ids -> abResults.results(ids.campaignId())));
    }

    @Test
    void another_workspaces_admin_gets_not_found_from_every_read_by_id() throws Exception {
        var ids = demoObjects();
        var other = secondWorkspace.create("Contoso ownership", "admin@contoso-ownership.example", Roles.ADMIN,
                "Contoso ownership launch");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        var leaks = new ArrayList<String>();
        for (var read : reads()) {
            try {
                var answer = read.call().apply(ids);
                if (answer != null && read.reveals().test(answer)) {
                    leaks.add(read.name() + " answered " + answer);
                }
            } catch (RuntimeException refused) {
                // a refusal ("not found", "not in this workspace") is the right answer
            }
        }
        assertThat(leaks).as("the demo workspace's objects reached from another workspace").isEmpty();
    }

    @Test
    void the_demo_workspaces_own_admin_gets_every_read_by_id() throws Exception {
        var ids = demoObjects();
        signIn.as(DemoLogins.ADMIN);

        var missed = new ArrayList<String>();
        for (var read : reads()) {
            if (EMPTY_FOR_THE_OWNER_TOO.contains(read.name())) {
                continue;
            }
            try {
                var answer = read.call().apply(ids);
                if (answer == null || !read.reveals().test(answer)) {
                    missed.add(read.name() + " answered " + answer);
                }
            } catch (RuntimeException e) {
                missed.add(read.name() + " threw " + e);
            }
        }
        // Proves the reads above would show a leak: with the right workspace each finds the object
        assertThat(missed).isEmpty();
    }

    private static Read read(String name, Function<DemoIds, @Nullable Object> call) {
        return new Read(name, call, ServiceOwnershipTest::revealsSomething);
    }

    private static boolean revealsSomething(Object answer) {
        return switch (answer) {
            case Optional<?> optional -> optional.isPresent();
            case Collection<?> collection -> !collection.isEmpty();
            case Page<?> page -> page.hasContent();
            case Number number -> number.longValue() != 0;
            case Money money -> money.amount().signum() != 0;
            default -> true;
        };
    }

    private static @Nullable DemoIds demo;

    /** A demo video with a comment, an approval, a prompt version and a consent to look for; made once. */
    private DemoIds demoObjects() throws InterruptedException {
        if (demo == null) {
            signIn.as(DemoLogins.CREATOR);
            var video = videos.newVideo("Ownership video");
            var second = videos.newVideo("Ownership second video");
            var cardId = Objects.requireNonNull(video.cardId());
            var version = prompts.save(video.campaignId(), cardId, new VersionDraft("A lighthouse at dawn, owned",
                    null, null, null, null, null, "ownership", null));
            SignIn.out();
            signIn.as(DemoLogins.MANAGER);
            reviews.comment(video.id(), new NewComment(500, null, "Owned comment"));
            reviews.decide(video.id(), Verdict.APPROVE, "Owned approval");
            guestLinks.create(video.id(), 7, null);
            var person = people.all().getFirst();
            var consent = consents.consents(person.id()).getFirst();
            var laneId = boards.board(video.campaignId()).orElseThrow().lanes().getFirst().id();
            demo = new DemoIds(video, second, person.id(), consent.id(), version.id(), laneId,
                    Objects.requireNonNull(video.videoMediaId()));
            SignIn.out();
        }
        return demo;
    }
}
