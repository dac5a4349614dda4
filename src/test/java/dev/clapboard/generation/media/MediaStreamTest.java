package dev.clapboard.generation.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@ClapboardTest
class MediaStreamTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MediaLibrary library;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;
    @TempDir
    Path dir;

    MockMvc http;
    byte[] content;
    long mediaId;

    @BeforeEach
    void storeAVideo() throws Exception {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        content = new byte[1000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7);
        }
        var source = dir.resolve("video.mp4");
        Files.write(source, content);
        signIn.as(DemoLogins.CREATOR);
        var stored = library.store(OutputVariant.VIDEO, source);
        mediaId = stored.id();
        assertThat(stored.sizeBytes()).isEqualTo(1000);
        assertThat(stored.sha256()).hasSize(64);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_range_request_returns_206_with_exactly_those_bytes() throws Exception {
        var reviewer = signIn.as(DemoLogins.REVIEWER);
        SignIn.out();

        var response = http.perform(get("/media/{id}", mediaId).header("Range", "bytes=100-199")
                .with(authentication(reviewer))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 100-199/1000");
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
        assertThat(response.getContentType()).isEqualTo("video/mp4");
    }

    @Test
    void the_whole_file_streams_with_ranges_accepted() throws Exception {
        var manager = signIn.as(DemoLogins.MANAGER);
        SignIn.out();

        var response = http.perform(get("/media/{id}", mediaId).with(authentication(manager))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void a_member_of_another_workspace_gets_404() throws Exception {
        var other = secondWorkspace.create("Contoso " + System.nanoTime(), "viewer" + System.nanoTime() + "@contoso.example",
                Roles.ADMIN, "Contoso launch");
        var outsider = signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);
        SignIn.out();

        var response = http.perform(get("/media/{id}", mediaId).header("Range", "bytes=100-199")
                .with(authentication(outsider))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void nobody_signed_in_gets_no_bytes() throws Exception {
        var response = http.perform(get("/media/{id}", mediaId)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsByteArray()).isNotEqualTo(content);
    }

    @Test
    void a_reviewer_cannot_put_files_into_the_store() throws Exception {
        var source = dir.resolve("other.mp4");
        Files.write(source, content);
        signIn.as(DemoLogins.REVIEWER);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.store(OutputVariant.VIDEO, source))
                .isInstanceOf(AccessDeniedException.class);
    }
}
