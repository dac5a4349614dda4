package dev.clapboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonDraft;
import dev.clapboard.compliance.PersonSummary;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.Cards;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.MemberQuotas;
import dev.clapboard.workspace.MemberService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.WebApplicationContext;

/**
 * A generation is refused for the same reasons, with the same message, whether it is asked for in the app (the
 * generate dialog calls {@link GenerationService#request} as the signed-in member) or through the REST API.
 * One table, run through both paths. To add a check, add a row: how to arrange the refusal, what is asked for,
 * and a fragment of the expected message.
 */
@ClapboardTest
@Import(GenerationRefusalsTest.Priced.class)
class GenerationRefusalsTest {

    static final String FORBIDDEN = "(forbidden)";

    /** A provider at 0.50 EUR a second, so the campaign budget can refuse; its jobs are never asked to finish. */
    @TestConfiguration
    static class Priced {
        @Bean
        VideoProvider refusalsPricedProvider() {
            return new VideoProvider() {
                @Override
                public String id() {
                    return "refusals-priced";
                }

                @Override
                public String displayName() {
                    return "Priced";
                }

                @Override
                public List<ModelSpec> models() {
                    return List.of(new ModelSpec("p1", "Priced 1", List.of(new VideoSize(1280, 720)), List.of(8),
                            true, false, false));
                }

                @Override
                public PriceTable prices() {
                    return new PriceTable("EUR", List.of(new PriceTable.Price("p1", null, new BigDecimal("0.50"))));
                }

                @Override
                public String submit(VideoRequest request) {
                    return "never";
                }

                @Override
                public JobStatus status(String jobId) {
                    return JobStatus.running(0);
                }

                @Override
                public void download(String jobId, OutputVariant variant, Path target) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    /** What is asked for: provider, model, size, seconds, variants. */
    record Ask(String provider, String model, String size, int seconds, int variants) {
        static final Ask LOCAL = new Ask("local", "storyboard-1", "1280x720", 4, 1);
    }

    /**
     * One refusal. {@code arrange} runs signed in as the admin before the request (and its effect is undone by
     * {@link #restore}); {@code member} is who asks in the app, {@code scopes} what the API token holds.
     */
    record Row(String name, Consumer<GenerationRefusalsTest> arrange, Ask ask, DemoLogins member, Set<ApiScope> scopes,
            String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String UNCONSENTED = "Nora Refusalsson";

    static final Set<ApiScope> GENERATE = Set.of(ApiScope.GENERATIONS_WRITE, ApiScope.CAMPAIGNS_READ);

    static List<Row> rows() {
        return List.of(
                new Row("a duration the model does not make", t -> { }, new Ask("local", "storyboard-1", "1280x720", 7, 1),
                        DemoLogins.ADMIN, GENERATE, "does not make 7 s videos"),
                new Row("a size the model does not make", t -> { }, new Ask("local", "storyboard-1", "999x333", 4, 1),
                        DemoLogins.ADMIN, GENERATE, "does not make 999x333"),
                new Row("too many variants", t -> { }, new Ask("local", "storyboard-1", "1280x720", 4, 9),
                        DemoLogins.ADMIN, GENERATE, "Ask for 1 to 8 variants."),
                new Row("an unknown provider", t -> { }, new Ask("nowhere", "x", "1280x720", 4, 1),
                        DemoLogins.ADMIN, GENERATE, "There is no provider nowhere."),
                new Row("the member's monthly quota is used up", GenerationRefusalsTest::tinyQuota, Ask.LOCAL,
                        DemoLogins.ADMIN, GENERATE, "your monthly quota"),
                new Row("the campaign budget cap", t -> t.budget("1.00"),
                        new Ask("refusals-priced", "p1", "1280x720", 8, 1), DemoLogins.ADMIN, GENERATE,
                        "left of its"),
                new Row("a person the card shows without consent", GenerationRefusalsTest::personWithoutConsent,
                        Ask.LOCAL, DemoLogins.ADMIN, GENERATE,
                        "No valid consent for everyone in this video: " + UNCONSENTED + " has no consent record"),
                new Row("a public figure in the prompt (blocked by moderation)",
                        t -> t.prompt("Angela Merkle unboxes our tablet"), Ask.LOCAL, DemoLogins.ADMIN, GENERATE,
                        "Moderation blocked this prompt"),
                new Row("a violent prompt needs a manager's review",
                        t -> t.prompt("A knight, a bloodbath on the castle steps " + System.nanoTime()), Ask.LOCAL,
                        DemoLogins.ADMIN, GENERATE, "needs a manager's review"),
                new Row("a reviewer (or a token without generations:write) may not generate", t -> { }, Ask.LOCAL, DemoLogins.REVIEWER,
                        Set.of(ApiScope.CAMPAIGNS_READ), FORBIDDEN));
    }

    enum Way { APP, API }

    static Stream<Arguments> cases() {
        return rows().stream().flatMap(row -> Stream.of(Arguments.of(row, Way.APP), Arguments.of(row, Way.API)));
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    PromptService prompts;
    @Autowired
    MemberService members;
    @Autowired
    Cards cards;
    @Autowired
    SignIn signIn;
    @Autowired
    PeopleService people;
    @Autowired
    CardPeopleService cardPeople;

    long campaignId;
    long cardId;
    long versionId;
    String promptText = "A calm harbour at dawn";
    long adminId;

    @BeforeEach
    void setUp() {
        adminId = ((ClapboardUser) signIn.as(DemoLogins.ADMIN).getPrincipal()).accountId();
        campaignId = campaigns.create(new CampaignDraft("Refusals " + System.nanoTime(), "Northwind", null, List.of(),
                null, null, Money.euros(1_000), Money.euros(20_000), 15, 5, CampaignStatus.ACTIVE)).id();
        cardId = cards.newCard(campaignId, "Refused card");
        versionId = prompts.save(campaignId, cardId, VersionDraft.text("A calm harbour at dawn", "")).id();
        SignIn.out();
    }

    @AfterEach
    void restore() {
        signIn.as(DemoLogins.ADMIN);
        members.setQuotas(adminId, new MemberQuotas(10, 100_000, new BigDecimal("100000")));
        SignIn.out();
    }

    /** The card shows a person from the register who never gave consent. */
    void personWithoutConsent() {
        var person = people.all().stream().filter(p -> p.name().equals(UNCONSENTED)).map(PersonSummary::id)
                .findFirst().orElseGet(() -> people.create(new PersonDraft(UNCONSENTED, true, null)).id());
        cardPeople.declare(campaignId, cardId, Set.of(person), Set.of(Channel.WEB));
    }

    /** The card's prompt becomes {@code text} (a new version, which the API asks for by id). */
    void prompt(String text) {
        promptText = text;
        versionId = prompts.save(campaignId, cardId, VersionDraft.text(text, "")).id();
    }

    void tinyQuota() {
        members.setQuotas(adminId, new MemberQuotas(10, 1, new BigDecimal("1")));
    }

    /** An 8 s priced video costs 4 EUR; a budget below that refuses it. */
    void budget(String euros) {
        var draft = campaigns.find(campaignId).orElseThrow().toDraft();
        campaigns.update(campaignId, new CampaignDraft(draft.name(), draft.brand(), draft.objective(),
                draft.audiences(), draft.startDate(), draft.endDate(), Money.of(euros, Money.EUR),
                draft.baselineCost(), draft.baselineLeadTimeDays(), draft.baselineVariants(), draft.status()));
    }

    @ParameterizedTest(name = "{0} is refused via the {1}")
    @MethodSource("cases")
    void a_generation_is_refused_for_the_same_reason_in_the_app_and_through_the_api(Row row, Way way)
            throws Exception {
        signIn.as(DemoLogins.ADMIN);
        row.arrange().accept(this);
        var before = generations.page(campaignId, Set.of(), PageRequest.of(0, 50)).getTotalElements();
        SignIn.out();

        var refusal = way == Way.APP ? viaApp(row) : viaApi(row);

        assertThat(refusal).contains(row.expected());
        signIn.as(DemoLogins.ADMIN);
        assertThat(generations.page(campaignId, Set.of(), PageRequest.of(0, 50)).getTotalElements())
                .as("nothing is queued").isEqualTo(before);
    }

    private String viaApp(Row row) {
        signIn.as(row.member());
        try {
            var size = row.ask().size().split("x");
            generations.request(new GenerationOrder(campaignId, cardId, versionId, promptText, "",
                    row.ask().provider(), row.ask().model(),
                    new VideoSize(Integer.parseInt(size[0]), Integer.parseInt(size[1])), row.ask().seconds(),
                    row.ask().variants(), ""));
            return "(not refused)";
        } catch (GenerationRefusedException e) {
            return e.getMessage();
        } catch (AccessDeniedException e) {
            return FORBIDDEN;
        } finally {
            SignIn.out();
        }
    }

    private String viaApi(Row row) throws Exception {
        var api = new ApiCall(context, tokens.create("Refusals", row.scopes().toArray(ApiScope[]::new)));
        var response = api.post("/api/v1/generations", """
                {"promptVersionId": %d, "provider": "%s", "model": "%s", "size": "%s", "durationSeconds": %d,
                 "variants": %d}""".formatted(versionId, row.ask().provider(), row.ask().model(), row.ask().size(),
                row.ask().seconds(), row.ask().variants()));
        return switch (response.getStatus()) {
            case 422 -> api.json(response).path("detail").asString();
            case 403 -> FORBIDDEN;
            default -> "(answered " + response.getStatus() + ": " + response.getContentAsString() + ")";
        };
    }
}
