package dev.clapboard.privacy;

import dev.clapboard.api.ApiTokenService;
import dev.clapboard.audit.AuditTrail;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.notification.NotificationService;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.review.ReviewService;
import dev.clapboard.workspace.AccountData;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.MyAccountService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Clapboard holds about one member of the current workspace, as a ZIP of JSON files: the member
 * themself, or an admin of the workspace for one of its members. Each feature hands its part over through its own
 * service, page by page, and each page is written straight into the ZIP, so a member with years of comments
 * never sits in memory at once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PersonalDataExport {

    static final int PAGE_SIZE = 200;

    private final MyAccountService accounts;
    private final InviteService invites;
    private final NotificationService notifications;
    private final PromptService prompts;
    private final GenerationService generations;
    private final ReviewService reviews;
    private final ApiTokenService tokens;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataExport(MyAccountService accounts, InviteService invites, NotificationService notifications,
            PromptService prompts, GenerationService generations, ReviewService reviews, ApiTokenService tokens,
            AuditTrail audit, JsonMapper json, Clock clock) {
        this.accounts = accounts;
        this.invites = invites;
        this.notifications = notifications;
        this.prompts = prompts;
        this.generations = generations;
        this.reviews = reviews;
        this.tokens = tokens;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The account whose data would be exported.
     *
     * @throws NoSuchElementException when it is not a member of the current workspace
     */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public AccountData account(long accountId) {
        return accounts.accountData(accountId);
    }

    /** A file name for the ZIP, e.g. {@code clapboard-data-account-7-2026-11-25.zip}. */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public String fileName(long accountId) {
        return "clapboard-data-account-" + accountId + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".zip";
    }

    /**
     * Writes the ZIP to {@code out} (left open). No surrounding transaction: each page is read in its own, so
     * what was read is let go before the next page.
     *
     * @throws NoSuchElementException when the account is not a member of the current workspace
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public void write(long accountId, OutputStream out) {
        var account = accounts.accountData(accountId);
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            readme(zip, account);
            document(zip, "account.json", account);
            document(zip, "notification-email-choices.json", notifications.emailChoicesOf(accountId));
            lines(zip, "notifications.jsonl", page -> notifications.receivedBy(accountId, page));
            lines(zip, "comments.jsonl", page -> reviews.commentsBy(accountId, page));
            lines(zip, "review-decisions.jsonl", page -> reviews.decisionsBy(accountId, page));
            lines(zip, "prompt-versions.jsonl", page -> prompts.versionsBy(accountId, page));
            lines(zip, "generations.jsonl", page -> generations.requestedBy(accountId, page));
            lines(zip, "invites-sent.jsonl", page -> invites.sentBy(accountId, page));
            lines(zip, "api-tokens.jsonl", page -> tokens.createdBy(accountId, page));
            lines(zip, "audit-entries.jsonl", page -> audit.byActor(accountId, page));
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readme(ZipOutputStream zip, AccountData account) throws IOException {
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(("""
                Personal data of %s <%s> (account %d), as held by Clapboard on %s (UTC).
                Workspace data is from the workspace the export was made in.

                account.json                     the account, its memberships (role, quotas) and sign-in data:
                                                 last sign-in, lock, password reset links asked for (never the
                                                 password hash or link tokens; failed sign-in counts are kept in
                                                 memory for minutes only)
                notification-email-choices.json  the notification kinds you chose to get (or not get) by e-mail
                notifications.jsonl              the in-app notifications you received
                comments.jsonl                   the review comments you wrote
                review-decisions.jsonl           the review decisions you made
                prompt-versions.jsonl            the prompt versions you saved
                generations.jsonl                the videos you requested, with prompt and settings
                invites-sent.jsonl               the invites you sent
                api-tokens.jsonl                 the API tokens you created (name, scopes, dates; never a secret)
                audit-entries.jsonl              the audit trail entries where you are the actor

                .jsonl files hold one JSON object a line.
                """.formatted(account.displayName(), account.email(), account.accountId(),
                clock.instant().toString().substring(0, 19))).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void document(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        zip.closeEntry();
    }

    private void lines(ZipOutputStream zip, String name, Function<Pageable, Page<?>> pages) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        for (var number = 0; ; number++) {
            var page = pages.apply(PageRequest.of(number, PAGE_SIZE));
            for (var item : page) {
                zip.write(json.writeValueAsBytes(item));
                zip.write('\n');
            }
            if (!page.hasNext()) {
                break;
            }
        }
        zip.closeEntry();
    }
}
