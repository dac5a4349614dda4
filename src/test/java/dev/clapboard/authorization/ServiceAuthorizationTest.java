package dev.clapboard.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every {@code @Service} of the application against one table of who may call it. The
 * test reads the {@code @PreAuthorize} Spring applies (method over class), compares it with the table, and then
 * calls every guarded method as someone its rule must refuse.
 */
@ClapboardTest
class ServiceAuthorizationTest {

    /**
     * The authorization table of the services, one method a line: {@code Service.method(ParameterTypes) RULE}.
     * RULE is MEMBER (any signed-in member), the lowest role, CREATOR_OR_SYSTEM, SYSTEM (jobs only), SELF_OR_ADMIN,
     * PERMIT_ALL, or NONE followed by why the method needs no check. Add a line here when you add a public service
     * method.
     */
    static final String TABLE = """
            AbResultsService.control(long)                             MANAGER
            AbResultsService.enter(long,AbEntry)                       MANAGER
            AbResultsService.importCsv(long,String)                    MANAGER
            AbResultsService.resultOf(long,long)                       REVIEWER
            AbResultsService.results(long)                             MANAGER
            AbResultsService.useStaticControl(long,String)             MANAGER
            AbResultsService.useVariantAsControl(long,long)            MANAGER
            AbResultsService.variants(long)                            MANAGER
            AccountDetailsService.loadUserByUsername(String)           NONE  Spring Security's sign-in calls it before anyone is signed in
            ApiTokenService.create(ApiTokenDraft)                      ADMIN
            ApiTokenService.createdBy(long,Pageable)                   SELF_OR_ADMIN
            ApiTokenService.list(Pageable)                             ADMIN
            ApiTokenService.revoke(long)                               ADMIN
            AuditTrail.actors()                                        ADMIN
            AuditTrail.byActor(long,Pageable)                          SELF_OR_ADMIN
            AuditTrail.page(AuditFilter,Pageable)                      ADMIN
            AuditTrail.verify()                                        ADMIN
            BoardService.activity(long,Pageable)                       MEMBER
            BoardService.assignableMembers()                           MEMBER
            BoardService.board(long)                                   MEMBER
            BoardService.card(long)                                    MEMBER
            BoardService.cards(long,Pageable)                          MEMBER
            BoardService.countCards(long)                              MEMBER
            BoardService.createCard(long,CardDraft)                    CREATOR
            BoardService.deleteCard(long)                              CREATOR
            BoardService.moveCard(long,CardMove)                       CREATOR
            BoardService.moveCard(long,long,Long)                      CREATOR
            BoardService.moveCardAfter(long,long,long)                 CREATOR
            BoardService.moveToStage(long,LaneStage)                   CREATOR
            BoardService.updateCard(long,long,CardDraft)               CREATOR
            CampaignService.archive(long)                              MANAGER
            CampaignService.baselines(LocalDate,LocalDate)             MEMBER
            CampaignService.create(CampaignDraft)                      MANAGER
            CampaignService.delete(long)                               MANAGER
            CampaignService.find(long)                                 MEMBER
            CampaignService.list(CampaignFilter,Pageable)              MEMBER
            CampaignService.list(Pageable)                             MEMBER
            CampaignService.ownerAccountId(long)                       MEMBER
            CampaignService.update(long,CampaignDraft)                 MANAGER
            CardPeopleService.declare(long,long,Set,Set)               CREATOR
            CardPeopleService.people(long,long)                        MEMBER
            ComparisonService.compare(List)                            REVIEWER
            ComparisonService.pickWinner(List,long)                    REVIEWER
            ComparisonService.picks(List)                              REVIEWER
            ComplianceExport.fileName(long)                            MANAGER
            ComplianceExport.write(long,OutputStream)                  MANAGER
            ConsentLinks.confirm(String,String,boolean,String)         NONE  the consent link token is the credential (anonymous page)
            ConsentLinks.open(String)                                  NONE  the consent link token is the credential (anonymous page)
            ConsentLinks.revoke(String,String)                         NONE  the consent link token is the credential (anonymous page)
            ConsentService.consentRecords(long)                        MEMBER
            ConsentService.consents(long)                              MEMBER
            ConsentService.declaration(long)                           MEMBER
            ConsentService.recordDeclaration(long,ConsentDraft,String,byte[]) MANAGER
            ConsentService.requestByLink(long,ConsentDraft,int)        MANAGER
            ConsentService.revoke(long)                                MANAGER
            CostLedger.checkBudget(long)                               MANAGER
            CostLedger.entries(long,Pageable)                          MANAGER
            CostLedger.record(ManualCost)                              MANAGER
            CostLedger.spentOn(long)                                   MEMBER
            DerivedVideos.store(Path)                                  CREATOR_OR_SYSTEM
            GeneratedCardMedia.latestFor(Collection)                   MEMBER
            GenerationService.cancel(long)                             CREATOR
            GenerationService.count(long,Set)                          MEMBER
            GenerationService.estimate(GenerationOrder)                MEMBER
            GenerationService.find(long)                               MEMBER
            GenerationService.page(long,Set,Pageable)                  MEMBER
            GenerationService.providers()                              MEMBER
            GenerationService.remix(long,String)                       CREATOR
            GenerationService.request(GenerationOrder)                 CREATOR
            GenerationService.requestWithBudgetOverride(GenerationOrder,String) MANAGER
            GenerationService.requestedBy(long,Pageable)               SELF_OR_ADMIN
            GenerationService.retry(long)                              CREATOR
            GenerationService.siblings(long)                           MEMBER
            GenerationService.slice(long,Set,GenerationKey,int,int)    MEMBER
            GenerationService.thumbnail(long)                          MEMBER
            GenerationService.versions(long)                           MEMBER
            GenerationService.video(long)                              MEMBER
            GuestLinkService.audit(long)                               MANAGER
            GuestLinkService.create(long,int,String)                   MANAGER
            GuestLinkService.createPlaylist(String,List,int,String)    MANAGER
            GuestLinkService.links(long)                               MANAGER
            GuestLinkService.playlists()                               MANAGER
            GuestLinkService.revoke(long)                              MANAGER
            GuestReviews.comment(String,String,String,NewComment)      NONE  the guest link token (and its password) is the credential
            GuestReviews.comment(String,String,long,String,NewComment) NONE  the guest link token (and its password) is the credential
            GuestReviews.comments(String,String)                       NONE  the guest link token (and its password) is the credential
            GuestReviews.comments(String,String,long)                  NONE  the guest link token (and its password) is the credential
            GuestReviews.open(String)                                  NONE  the guest link token (and its password) is the credential
            GuestReviews.state(String)                                 NONE  the guest link token (and its password) is the credential
            GuestReviews.unlock(String,String)                         NONE  the guest link token (and its password) is the credential
            GuestReviews.video(String,boolean)                         NONE  the guest link token (and its password) is the credential
            GuestReviews.video(String,boolean,Long)                    NONE  the guest link token (and its password) is the credential
            InviteService.accept(String,AcceptInvite)                  PERMIT_ALL
            InviteService.allowance()                                  MANAGER
            InviteService.check(String)                                PERMIT_ALL
            InviteService.invite(NewInvite)                            MANAGER
            InviteService.list(Pageable)                               MANAGER
            InviteService.resend(long)                                 MANAGER
            InviteService.revoke(long)                                 MANAGER
            InviteService.sentBy(long,Pageable)                        SELF_OR_ADMIN
            MediaLibrary.open(long)                                    MEMBER
            MediaLibrary.store(OutputVariant,Path)                     CREATOR_OR_SYSTEM
            MemberService.changeRole(long,String)                      ADMIN
            MemberService.overview(Pageable)                           ADMIN
            MemberService.remove(long)                                 ADMIN
            MemberService.setEnabled(long,boolean)                     ADMIN
            MemberService.setQuotas(long,MemberQuotas)                 ADMIN
            MemberService.update(long,String,MemberQuotas)             ADMIN
            ModerationService.addFigure(String)                        ADMIN
            ModerationService.addedFigures()                           MEMBER
            ModerationService.cases(boolean,Pageable)                  MANAGER
            ModerationService.check(String)                            MEMBER
            ModerationService.find(long)                               MANAGER
            ModerationService.release(long,String)                     MANAGER
            ModerationService.removeFigure(long)                       ADMIN
            MyAccountService.accountData(long)                         SELF_OR_ADMIN
            MyAccountService.changePassword(String,String)             MEMBER
            MyAccountService.me()                                      MEMBER
            MyAccountService.rename(String)                            MEMBER
            NotificationService.chooseEmail(NotificationKind,boolean)  MEMBER
            NotificationService.emailChoices()                         MEMBER
            NotificationService.emailChoicesOf(long)                   SELF_OR_ADMIN
            NotificationService.markAllRead()                          MEMBER
            NotificationService.markRead(long)                         MEMBER
            NotificationService.mine(Pageable)                         MEMBER
            NotificationService.receivedBy(long,Pageable)              SELF_OR_ADMIN
            NotificationService.unreadCount()                          MEMBER
            OutboxService.find(long)                                   ADMIN
            OutboxService.list(Pageable)                               ADMIN
            OutboxService.sendNow(long)                                ADMIN
            PasswordResetService.check(String)                         PERMIT_ALL
            PasswordResetService.request(String)                       PERMIT_ALL
            PasswordResetService.reset(String,String)                  PERMIT_ALL
            PeopleService.all()                                        MEMBER
            PeopleService.attachReference(long,String,byte[])          MANAGER
            PeopleService.create(PersonDraft)                          MANAGER
            PeopleService.erase(long)                                  MANAGER
            PeopleService.find(long)                                   MEMBER
            PeopleService.page(Pageable)                               MEMBER
            PeopleService.reference(long)                              MEMBER
            PeopleService.update(long,PersonDraft)                     MANAGER
            PersonalDataExport.account(long)                           SELF_OR_ADMIN
            PersonalDataExport.fileName(long)                          SELF_OR_ADMIN
            PersonalDataExport.write(long,OutputStream)                SELF_OR_ADMIN
            PromptService.card(long,long)                              MEMBER
            PromptService.draftChangeRequest(long,long,String,String) REVIEWER
            PromptService.history(long,long,Pageable)                  MEMBER
            PromptService.lint(String,Integer,List)                    MEMBER
            PromptService.restore(long,String)                         CREATOR
            PromptService.save(long,long,VersionDraft)                 CREATOR
            PromptService.search(String,Pageable)                      MEMBER
            PromptService.siblings(long)                               MEMBER
            PromptService.variants(long,Collection,Collection,String)  CREATOR
            PromptService.version(long)                                MEMBER
            PromptService.versionsBy(long,Pageable)                    SELF_OR_ADMIN
            ProvenanceService.find(long)                               MEMBER
            ProvenanceService.json(Provenance)                         MEMBER
            ProvenanceService.json(long)                               MEMBER
            ProvenanceService.ofCampaign(long)                         MEMBER
            ProviderEndpointService.baseUrlProblem(String)             ADMIN
            ProviderEndpointService.keyProblem(String,boolean)         ADMIN
            ProviderEndpointService.list()                             ADMIN
            ProviderEndpointService.priceTableProblem(String)          ADMIN
            ProviderEndpointService.problems(EndpointForm)             ADMIN
            ProviderEndpointService.save(EndpointForm)                 ADMIN
            ProviderEndpointService.testConnection(long)               ADMIN
            PublishingExports.export(long)                             MANAGER
            PublishingExports.exports(long)                            MEMBER
            PublishingExports.labelStyle()                             MEMBER
            PublishingExports.ofCampaign(long)                         MEMBER
            PublishingExports.saveLabelStyle(LabelStyle)               ADMIN
            QuotaService.commit(long,int,Money)                        SYSTEM
            QuotaService.release(long)                                 CREATOR_OR_SYSTEM
            QuotaService.remaining()                                   MEMBER
            QuotaService.reserve(int,Money)                            MEMBER
            ReportExports.campaignsIn(LocalDate,LocalDate)             MANAGER
            ReportExports.portfolioPdf(List,Progress)                  MANAGER
            ReportExports.portfolioPdfInBackground(List,Progress)      MANAGER
            ReportExports.runsInBackground(List)                       MANAGER
            ReviewService.approvalsByCampaign()                        MEMBER
            ReviewService.approvedVideos(long)                         MEMBER
            ReviewService.blocked(long)                                MEMBER
            ReviewService.comment(long,NewComment)                     MEMBER
            ReviewService.comments(long)                               MEMBER
            ReviewService.commentsBy(long,Pageable)                    SELF_OR_ADMIN
            ReviewService.decide(long,Verdict,String)                  REVIEWER
            ReviewService.decisionsBy(long,Pageable)                   SELF_OR_ADMIN
            ReviewService.delete(long)                                 MEMBER
            ReviewService.edit(long,String)                            MEMBER
            ReviewService.finishedVideos(long,int)                     MEMBER
            ReviewService.firstApprovalAt(long)                        MEMBER
            ReviewService.reply(long,String)                           MEMBER
            ReviewService.resolve(long,boolean)                        MEMBER
            ReviewService.summary(long)                                MEMBER
            ReviewService.versions(long)                               MEMBER
            ReviewService.video(long)                                  MEMBER
            ReviewService.waitingForMe(Pageable)                       REVIEWER
            RoiService.campaigns(Pageable)                             MANAGER
            RoiService.portfolio()                                     MANAGER
            RoiService.portfolio(LocalDate,LocalDate)                  MANAGER
            RoiService.report(long)                                    MANAGER
            TemplateService.catalogue(String,int,int)                  MEMBER
            TemplateService.copyToWorkspace(String)                    CREATOR
            TemplateService.count(String)                              MEMBER
            TemplateService.create(TemplateDraft)                      CREATOR
            TemplateService.find(String)                               MEMBER
            TemplateService.update(String,TemplateDraft)               CREATOR
            TwoFactorService.requireForAdmins(boolean)                 ADMIN
            TwoFactorService.requiredForAdmins()                       ADMIN
            TwoFactorService.resetFor(long)                            ADMIN
            TwoFactorService.setupRequired()                           MEMBER
            TwoFactorService.start()                                   MEMBER
            TwoFactorService.status()                                  MEMBER
            TwoFactorService.turnOff(String)                           MEMBER
            TwoFactorService.turnOn(String,String)                     MEMBER
            TwoFactorSignIn.complete(String)                           PERMIT_ALL
            TwoFactorSignIn.pendingEmail()                             PERMIT_ALL
            WebhookService.create(WebhookDraft)                        ADMIN
            WebhookService.deliveries(long,Pageable)                   ADMIN
            WebhookService.list(Pageable)                              ADMIN
            WebhookService.redeliver(long)                             ADMIN
            WebhookService.remove(long)                                ADMIN
            WorkspaceService.allMembers()                              MEMBER
            WorkspaceService.members(Pageable)                         ADMIN
            WorkspaceService.membersById(Collection)                   MEMBER
            WorkspaceSettingsService.current()                         ADMIN
            WorkspaceSettingsService.save(WorkspaceSettings)           ADMIN
            WorkspaceSettingsService.timeZone()                        MEMBER
            WorkspaceSettingsService.usdToEur()                        MEMBER
            WorkspaceSetupService.complete(String,FirstWorkspace)      PERMIT_ALL
            WorkspaceSetupService.openIfEmpty()                        PERMIT_ALL
            WorkspaceSetupService.state(String)                        PERMIT_ALL
            WorkspaceSwitchService.switchTo(long)                      MEMBER
            """;

    /** The {@code @PreAuthorize} expression each rule stands for; NONE stands for no annotation. */
    enum Rule {
        MEMBER("isAuthenticated()", null),
        REVIEWER("hasRole('REVIEWER')", DemoLogins.CREATOR),
        CREATOR("hasRole('CREATOR')", DemoLogins.REVIEWER),
        CREATOR_OR_SYSTEM("hasRole('CREATOR') or hasRole('SYSTEM')", DemoLogins.REVIEWER),
        SYSTEM("hasRole('SYSTEM')", DemoLogins.ADMIN),
        MANAGER("hasRole('MANAGER')", DemoLogins.CREATOR),
        /** A member's own personal data (an account id not theirs is refused) or an admin's for their members. */
        SELF_OR_ADMIN("hasRole('ADMIN') or #accountId == principal.accountId()", DemoLogins.CREATOR),
        ADMIN("hasRole('ADMIN')", DemoLogins.MANAGER),
        PERMIT_ALL("permitAll()", null),
        NONE(null, null);

        final @Nullable String expression;
        /** Someone the rule refuses: a role below it, or (for MEMBER) nobody signed in. */
        final @Nullable DemoLogins refused;

        Rule(@Nullable String expression, @Nullable DemoLogins refused) {
            this.expression = expression;
            this.refused = refused;
        }
    }

    private static final Map<Class<?>, Object> PRIMITIVE_ZEROS = Map.of(boolean.class, false, int.class, 0,
            long.class, 0L, double.class, 0d);

    private static @Nullable Map<String, Rule> parsed;

    @Autowired
    ApplicationContext context;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_public_service_method_is_in_the_authorization_table() {
        var methods = ServiceMethods.effectiveRules(context).keySet();
        var missing = new TreeSet<>(methods);
        missing.removeAll(table().keySet());
        assertThat(missing).as("add %s to the authorization table in ServiceAuthorizationTest", missing).isEmpty();
        assertThat(table().keySet()).as("methods in the table that no longer exist").isSubsetOf(methods);
    }

    @Test
    void every_public_service_method_carries_the_rule_of_the_table() {
        var wrong = new ArrayList<String>();
        ServiceMethods.effectiveRules(context).forEach((method, actual) -> {
            var expected = table().get(method);
            if (expected != null && !Objects.equals(expected.expression, actual)) {
                wrong.add(method + " has " + actual + " but the table says " + expected);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "every {0} method refuses someone below it")
    @EnumSource(value = Rule.class, names = {"MEMBER", "REVIEWER", "CREATOR", "CREATOR_OR_SYSTEM", "SYSTEM", "MANAGER",
            "ADMIN", "SELF_OR_ADMIN"})
    void every_guarded_method_refuses_a_caller_below_its_rule(Rule rule) throws Exception {
        var guarded = guardedBy(rule);
        var notRefused = new ArrayList<String>();
        var expected = rule.refused == null ? AuthenticationCredentialsNotFoundException.class
                : AccessDeniedException.class;
        for (var call : guarded) {
            if (rule.refused != null) {
                signIn.as(rule.refused);
            }
            try {
                call.method.setAccessible(true); // some services are package-private classes with public methods
                call.method.invoke(call.bean, placeholders(call.method));
                notRefused.add(call.key + " ran");
            } catch (InvocationTargetException e) {
                if (!expected.isInstance(e.getCause())) {
                    notRefused.add(call.key + " threw " + e.getCause());
                }
            } finally {
                SignIn.out();
            }
        }
        assertThat(guarded).as("methods guarded by " + rule).isNotEmpty();
        assertThat(notRefused).as("not refused to " + (rule.refused == null ? "an anonymous caller" : rule.refused))
                .isEmpty();
    }

    private record Call(String key, Object bean, Method method) {
    }

    private List<Call> guardedBy(Rule rule) {
        var methods = ServiceMethods.effectiveRules(context).keySet();
        var out = new ArrayList<Call>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = ClassUtils.getUserClass(bean);
            for (var method : type.getMethods()) {
                var key = ServiceMethods.key(type, method);
                if (table().get(key) == rule && methods.contains(key)) {
                    out.add(new Call(key, bean, method));
                }
            }
        }
        return out;
    }

    /** Arguments that would never get far: the check runs before the method body, so any will do. */
    private static @Nullable Object[] placeholders(Method method) {
        var types = method.getParameterTypes();
        var args = new @Nullable Object[types.length];
        for (var i = 0; i < types.length; i++) {
            args[i] = PRIMITIVE_ZEROS.get(types[i]);
        }
        return args;
    }

    private static Map<String, Rule> table() {
        if (parsed == null) {
            var rules = new LinkedHashMap<String, Rule>();
            TABLE.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
                var parts = line.split("\\s+", 3);
                var rule = Rule.valueOf(parts[1]);
                assertThat(rule != Rule.NONE || parts.length == 3).as("%s: say why it needs no check", parts[0])
                        .isTrue();
                rules.put(parts[0], rule);
            });
            parsed = rules;
        }
        return parsed;
    }
}
