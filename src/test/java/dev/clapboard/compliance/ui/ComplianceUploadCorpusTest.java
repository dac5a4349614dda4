package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static dev.clapboard.support.UploadSamples.cut;
import static dev.clapboard.support.UploadSamples.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.UploadSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the compliance uploads (a person's reference photo or video, a signed consent
 * declaration): disguised types, empty, cut-off and oversized files and decompression bombs are refused with a
 * message next to the upload, and neither a row nor a stored file is left behind.
 */
class ComplianceUploadCorpusTest extends KaribuTest {

    record Bad(String what, String fileName, byte[] content, String message) {
        @Override
        public String toString() {
            return what + " as " + fileName;
        }
    }

    private static final String NOT_MEDIA = " is not a photo (JPEG, PNG, WebP) or video (MP4, MOV, WebM).";
    private static final String NOT_DECLARATION = " is not a PDF, JPEG or PNG file.";
    private static final String TOO_LARGE = " pixels; images may be at most 10000×10000 pixels.";

    @Autowired
    Consents consents;
    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consentService;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${clapboard.compliance.dir}")
    Path store;

    static Stream<Bad> badReferences() {
        var png = UploadSamples.png(64, 48);
        var jpeg = UploadSamples.jpeg(64, 48);
        return Stream.of(
                new Bad("a Windows executable", "face.png", UploadSamples.EXE, "face.png" + NOT_MEDIA),
                new Bad("an HTML page with a script", "face.jpg", UploadSamples.HTML, "face.jpg" + NOT_MEDIA),
                new Bad("an SVG with an onload script", "face.png", UploadSamples.SVG, "face.png" + NOT_MEDIA),
                new Bad("a zip bomb", "face.jpg", UploadSamples.zipOfZeros(8 << 20), "face.jpg" + NOT_MEDIA),
                new Bad("a PDF", "face.mp4", UploadSamples.PDF, "face.mp4" + NOT_MEDIA),
                new Bad("an empty file", "face.png", new byte[0], "Upload a photo or video of at most 50 MB."),
                new Bad("half a PNG", "face.png", cut(png, 0.5), "face.png is an incomplete or damaged image."),
                new Bad("a PNG cut inside its header", "face.png", cut(png, 0.1),
                        "face.png is an incomplete image (its header is cut off)."),
                new Bad("half a JPEG", "face.jpg", cut(jpeg, 0.5),
                        "face.jpg is an incomplete image (it has no end-of-image marker)."),
                new Bad("a PNG declaring 50,000×50,000 pixels", "bomb.png", UploadSamples.pngDeclaring(50_000, 50_000),
                        "bomb.png declares 50000×50000" + TOO_LARGE),
                new Bad("a PNG declaring 0×0 pixels", "empty.png", UploadSamples.pngDeclaring(0, 0),
                        "empty.png declares 0×0" + TOO_LARGE),
                new Bad("a PNG declaring a negative width", "odd.png", UploadSamples.pngDeclaring(-1, 10),
                        "odd.png declares 4294967295×10" + TOO_LARGE),
                new Bad("a JPEG declaring 60,000×60,000 pixels", "bomb.jpg", UploadSamples.jpegDeclaring(60_000, 60_000),
                        "bomb.jpg declares 60000×60000" + TOO_LARGE),
                new Bad("a WebP declaring 16,384×16,384 pixels", "bomb.webp",
                        UploadSamples.webpDeclaring(16_384, 16_384), "bomb.webp declares 16384×16384" + TOO_LARGE),
                new Bad("a cut-off WebP", "face.webp", cut(UploadSamples.webpDeclaring(640, 480), 0.9),
                        "face.webp is an incomplete image (it is shorter than its header says)."),
                new Bad("a PNG signature followed by HTML", "face.png",
                        join(Arrays.copyOf(png, 33), UploadSamples.HTML), "face.png is an incomplete or damaged image."),
                new Bad("half an MP4", "clip.mp4", cut(UploadSamples.mp4(), 0.6),
                        "clip.mp4 is an incomplete video (it ends inside a part its header announces)."),
                new Bad("an MP4 whose box claims 4 GB", "clip.mp4",
                        join(Arrays.copyOf(UploadSamples.mp4(), 20), new byte[] {-1, -1, -1, -1, 'm', 'd', 'a', 't'}),
                        "clip.mp4 is an incomplete video (it ends inside a part its header announces)."),
                new Bad("a file name with a path and control characters", "../../etc/passwd\u0000.png",
                        UploadSamples.HTML, ".._.._etc_passwd_.png" + NOT_MEDIA));
    }

    @ParameterizedTest(name = "reference media: {0} is refused next to the upload and nothing is stored")
    @MethodSource("badReferences")
    void a_bad_reference_upload_is_refused_next_to_the_upload_and_nothing_is_stored(Bad bad) throws IOException {
        var view = personPage();
        var filesBefore = storedFiles();

        _upload(view.reference, bad.fileName(), "image/png", bad.content());

        assertThat(view.referenceStatus.getText()).isEqualTo(bad.message());
        assertThat(jdbc.queryForObject("select count(*) from compliance_person where id = ? and reference_key is not null",
                Long.class, personId)).isZero();
        assertNoNewFileHolds(filesBefore, bad.content());
    }

    static Stream<Bad> badDeclarations() {
        var png = UploadSamples.png(64, 48);
        return Stream.of(
                new Bad("a Windows executable", "declaration.pdf", UploadSamples.EXE, "declaration.pdf" + NOT_DECLARATION),
                new Bad("an HTML page with a script", "declaration.pdf", UploadSamples.HTML,
                        "declaration.pdf" + NOT_DECLARATION),
                new Bad("a zip bomb", "declaration.pdf", UploadSamples.zipOfZeros(8 << 20),
                        "declaration.pdf" + NOT_DECLARATION),
                new Bad("plain text", "declaration.pdf", UploadSamples.TEXT, "declaration.pdf" + NOT_DECLARATION),
                new Bad("an MP4 video", "declaration.jpg", UploadSamples.mp4(), "declaration.jpg" + NOT_DECLARATION),
                new Bad("an empty file", "declaration.pdf", new byte[0],
                        "Upload the signed declaration as a PDF or image of at most 20 MB."),
                new Bad("a PDF cut off before its end", "declaration.pdf", cut(UploadSamples.PDF, 0.7),
                        "declaration.pdf is an incomplete PDF (it has no end-of-file marker)."),
                new Bad("a PDF header followed by HTML", "declaration.pdf",
                        join(UploadSamples.bytes("%PDF-1.7\n"), UploadSamples.HTML),
                        "declaration.pdf is an incomplete PDF (it has no end-of-file marker)."),
                new Bad("half a PNG scan", "scan.png", cut(png, 0.5), "scan.png is an incomplete or damaged image."),
                new Bad("a PNG scan declaring 50,000×50,000 pixels", "scan.png",
                        UploadSamples.pngDeclaring(50_000, 50_000), "scan.png declares 50000×50000" + TOO_LARGE),
                new Bad("a JPEG scan declaring 65,535×65,535 pixels", "scan.jpg",
                        UploadSamples.jpegDeclaring(65_535, 65_535), "scan.jpg declares 65535×65535" + TOO_LARGE));
    }

    @ParameterizedTest(name = "signed declaration: {0} is refused next to the upload and nothing is stored")
    @MethodSource("badDeclarations")
    void a_bad_declaration_is_refused_next_to_the_upload_and_no_consent_is_stored(Bad bad) throws IOException {
        var dialog = declarationDialog();
        var filesBefore = storedFiles();

        _upload(dialog.declaration, bad.fileName(), "application/pdf", bad.content());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.declarationStatus.getText()).isEqualTo(bad.message());
        assertThat(dialog.status.getText()).isEqualTo(bad.message());
        assertThat(consentRows()).isZero();
        assertNoNewFileHolds(filesBefore, bad.content());
    }

    @Test
    void a_file_over_the_limit_is_refused_by_the_browser_with_the_limit_named_and_by_the_service_too()
            throws IOException {
        var view = personPage();
        ComponentUtil.fireEvent(view.reference, new FileRejectedEvent(view.reference, "File is too big.", "big.mp4"));
        assertThat(view.referenceStatus.getText()).isEqualTo("File is too big. Upload a photo or video of at most 50 MB.");

        var filesBefore = storedFiles();
        var oversized = join(UploadSamples.png(8, 8), new byte[PeopleService.MAX_REFERENCE_BYTES]);
        assertThatThrownBy(() -> people.attachReference(personId, "big.png", oversized))
                .isInstanceOf(ComplianceRefusedException.class)
                .hasMessage("Upload a photo or video of at most 50 MB.");
        assertThat(storedFiles()).containsAll(filesBefore);
        assertThat(jdbc.queryForObject("select count(*) from compliance_person where id = ? and reference_key is not null",
                Long.class, personId)).isZero();
    }

    @Test
    void a_declaration_over_the_limit_is_refused_with_the_limit_named() {
        var dialog = declarationDialog();
        ComponentUtil.fireEvent(dialog.declaration, new FileRejectedEvent(dialog.declaration, "File is too big.",
                "scan.pdf"));
        assertThat(dialog.declarationStatus.getText())
                .isEqualTo("File is too big. Upload the signed declaration as a PDF or image of at most 20 MB.");

        dialog.accept("scan.pdf", join(UploadSamples.PDF, new byte[ConsentService.MAX_DECLARATION_BYTES]));
        _click(dialog.save);
        assertThat(dialog.declarationStatus.getText())
                .isEqualTo("Upload the signed declaration as a PDF or image of at most 20 MB.");
        assertThat(consentRows()).isZero();
    }

    @Test
    void whole_photos_videos_and_declarations_are_kept() {
        var view = personPage();
        _upload(view.reference, "face.jpg", "image/jpeg", UploadSamples.jpeg(640, 480));
        assertThat(people.reference(personId)).hasValueSatisfying(f -> assertThat(f.contentType()).isEqualTo("image/jpeg"));
        _upload(view.reference, "clip.mp4", "video/mp4", UploadSamples.mp4());
        assertThat(people.reference(personId)).hasValueSatisfying(f -> assertThat(f.contentType()).isEqualTo("video/mp4"));

        var dialog = declarationDialog();
        _upload(dialog.declaration, "scan.png", "image/png", UploadSamples.png(1240, 1754));
        _click(dialog.save);
        assertThat(consentRows()).isOne();
    }

    @Test
    void a_refused_replacement_keeps_the_stored_reference_and_says_why() {
        var view = personPage();
        _upload(view.reference, "face.png", "image/png", UploadSamples.png(32, 32));
        view = _get(PersonView.class);

        _upload(view.reference, "face.png", "image/png", UploadSamples.pngDeclaring(50_000, 50_000));

        assertThat(view.referenceStatus.getText()).isEqualTo("face.png declares 50000×50000" + TOO_LARGE);
        assertThat(view.referenceStatus.isAttached()).isTrue();
        assertThat(people.reference(personId)).hasValueSatisfying(f ->
                assertThat(f.content()).isEqualTo(UploadSamples.png(32, 32)));
    }

    private long personId;

    private PersonView personPage() {
        signIn(DemoLogins.MANAGER);
        personId = consents.person("Upload Corpus " + System.nanoTime()).id();
        UI.getCurrent().navigate("people/" + personId);
        return _get(PersonView.class);
    }

    private ConsentDialog declarationDialog() {
        var view = personPage();
        _click(view.recordDeclaration);
        var dialog = _get(ConsentDialog.class);
        _setValue(dialog.allCampaigns, true);
        _setValue(dialog.channels, Set.of(Channel.WEB));
        _setValue(dialog.purposes, "Product advertising");
        return dialog;
    }

    private long consentRows() {
        return jdbc.queryForObject("select count(*) from compliance_consent where person_id = ?", Long.class, personId);
    }

    private Set<Path> storedFiles() throws IOException {
        Files.createDirectories(store);
        try (var files = Files.list(store)) {
            return Set.copyOf(files.toList());
        }
    }

    /** Other test runs may share the folder, so this looks for the refused bytes rather than counting files. */
    private void assertNoNewFileHolds(Set<Path> before, byte[] content) throws IOException {
        for (var file : storedFiles()) {
            if (!before.contains(file) && Files.isRegularFile(file) && Files.size(file) == content.length) {
                assertThat(Files.readAllBytes(file)).as(file.toString()).isNotEqualTo(content);
            }
        }
    }
}
