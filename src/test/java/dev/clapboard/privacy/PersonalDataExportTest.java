package dev.clapboard.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.review.NewComment;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ClapboardTest
class PersonalDataExportTest {

    @Autowired
    PersonalDataExport export;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;
    @Autowired
    PromptService prompts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_zip_holds_what_the_member_wrote_and_nothing_another_member_wrote() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        long creator = currentUser.require().accountId();
        var video = videos.newVideo("Data export video");
        var version = prompts.save(video.campaignId(), Objects.requireNonNull(video.cardId()), new VersionDraft(
                "A lighthouse keeper waves at a passing ferry, exported", null, null, null, null, null, "export", null));
        reviews.comment(video.id(), new NewComment(200, null, "The creator's own export remark"));
        SignIn.out();
        signIn.as(DemoLogins.REVIEWER);
        reviews.comment(video.id(), new NewComment(300, null, "The reviewer's private aside"));
        SignIn.out();

        signIn.as(DemoLogins.CREATOR);
        var zip = unzip(creator);

        assertThat(zip).containsKeys("README.txt", "account.json", "notification-email-choices.json",
                "notifications.jsonl", "comments.jsonl", "review-decisions.jsonl", "prompt-versions.jsonl",
                "generations.jsonl", "invites-sent.jsonl", "api-tokens.jsonl", "audit-entries.jsonl");
        assertThat(zip.get("account.json")).contains(DemoLogins.CREATOR.email, "\"role\" : \"CREATOR\"",
                "Northwind Media").doesNotContain("passwordHash", "$2");
        assertThat(zip.get("comments.jsonl")).contains("The creator's own export remark")
                .doesNotContain("The reviewer's private aside");
        assertThat(zip.get("prompt-versions.jsonl")).contains("A lighthouse keeper waves at a passing ferry, exported",
                "\"id\":" + version.id());
        assertThat(zip.get("generations.jsonl")).contains("\"id\":" + video.id());
        assertThat(String.join("\n", zip.values())).doesNotContain("The reviewer's private aside",
                DemoLogins.REVIEWER.email);
    }

    @Test
    void an_admin_downloads_the_data_of_a_member_of_their_workspace() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        long creator = currentUser.require().accountId();
        SignIn.out();
        signIn.as(DemoLogins.ADMIN);

        var zip = unzip(creator);

        assertThat(zip.get("account.json")).contains(DemoLogins.CREATOR.email)
                .doesNotContain(DemoLogins.ADMIN.email);
        assertThat(export.fileName(creator)).startsWith("clapboard-data-account-" + creator + "-").endsWith(".zip");
    }

    @Test
    void a_member_cannot_download_someone_elses_data() {
        signIn.as(DemoLogins.ADMIN);
        long admin = currentUser.require().accountId();
        SignIn.out();
        signIn.as(DemoLogins.MANAGER);

        assertThatThrownBy(() -> export.write(admin, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.account(admin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_workspaces_admin_gets_not_found_for_a_member_of_this_one() {
        signIn.as(DemoLogins.CREATOR);
        long creator = currentUser.require().accountId();
        SignIn.out();
        var other = secondWorkspace.create("Data Export Rivals", "admin@export-rivals.example", "ADMIN",
                "Rival campaign");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> export.write(creator, out)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no member " + creator);
        assertThat(out.size()).isZero();
    }

    private Map<String, String> unzip(long accountId) throws IOException {
        var out = new ByteArrayOutputStream();
        export.write(accountId, out);
        var files = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
