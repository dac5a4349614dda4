package dev.clapboard.compliance;

import dev.clapboard.base.Texts;
import dev.clapboard.compliance.domain.Consent;
import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.compliance.domain.Person;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of real people who may appear in videos. Every member reads it (creators declare people on
 * cards); managers keep it. Reference media is only ever handed out here, to members of the workspace.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PeopleService {

    public static final int MAX_REFERENCE_BYTES = 50 * 1024 * 1024;

    private final PersonRepository people;
    private final ConsentRepository consents;
    private final ComplianceFiles files;
    private final Clock clock;
    private final Erasures erasures;
    private final CurrentUser currentUser;

    PeopleService(PersonRepository people, ConsentRepository consents, ComplianceFiles files, Clock clock,
            Erasures erasures, CurrentUser currentUser) {
        this.erasures = erasures;
        this.currentUser = currentUser;
        this.people = people;
        this.consents = consents;
        this.files = files;
        this.clock = clock;
    }

    public Page<PersonSummary> page(Pageable pageable) {
        return people.findAllByOrderByNameAscIdAsc(pageable).map(this::summary);
    }

    public List<PersonSummary> all() {
        return people.findAllByOrderByNameAscIdAsc().stream().map(this::summary).toList();
    }

    /** The person, if they are in this workspace's register. */
    public Optional<PersonSummary> find(long personId) {
        return people.findById(personId).map(this::summary);
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public PersonSummary create(PersonDraft draft) {
        var checked = checked(draft);
        return summary(people.save(new Person(checked.name(), checked.adult(), checked.notes(), clock.instant())));
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public PersonSummary update(long personId, PersonDraft draft) {
        var person = notErased(personId);
        var checked = checked(draft);
        person.change(checked.name(), checked.adult(), checked.notes());
        return summary(person);
    }

    /** Keeps a photo (JPEG, PNG, WebP) or short video (MP4, MOV, WebM) of the person, recognised by its bytes. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public PersonSummary attachReference(long personId, String fileName, byte[] data) {
        var person = notErased(personId);
        if (data.length == 0 || data.length > MAX_REFERENCE_BYTES) {
            throw new ComplianceRefusedException(ComplianceRefusedException.FILE,
                    "Upload a photo or video of at most 50 MB.");
        }
        var type = FileKinds.detect(data).filter(FileKinds.PHOTOS_AND_VIDEOS::contains).orElseThrow(
                () -> new ComplianceRefusedException(ComplianceRefusedException.FILE, cleanFileName(fileName)
                        + " is not a photo (JPEG, PNG, WebP) or video (MP4, MOV, WebM)."));
        MediaChecks.problem(data, type).ifPresent(problem -> {
            throw new ComplianceRefusedException(ComplianceRefusedException.FILE,
                    cleanFileName(fileName) + " " + problem);
        });
        person.reference(files.store(data), type, cleanFileName(fileName));
        return summary(person);
    }

    /**
     * Erases the person from the register: see {@link Erasures}.
     *
     * @throws ComplianceRefusedException when the person is not in this workspace's register or already erased
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public Erasure erase(long personId) {
        return erasures.erase(existing(personId), currentUser.require());
    }

    /** The reference photo or video, for members of the person's workspace only. */
    public Optional<StoredFile> reference(long personId) {
        return people.findById(personId).filter(p -> p.getReferenceKey() != null).map(p -> new StoredFile(
                java.util.Objects.requireNonNullElse(p.getReferenceFileName(), "reference"),
                java.util.Objects.requireNonNullElse(p.getReferenceType(), "application/octet-stream"),
                files.read(java.util.Objects.requireNonNull(p.getReferenceKey()))));
    }

    Person existing(long personId) {
        return people.findById(personId).orElseThrow(() -> notFound(personId));
    }

    private Person notErased(long personId) {
        var person = existing(personId);
        if (person.getErasedAt() != null) {
            throw new ComplianceRefusedException(ComplianceRefusedException.RECORD,
                    person.getName() + " was erased from the register and cannot be changed.");
        }
        return person;
    }

    static ComplianceRefusedException notFound(long personId) {
        return new ComplianceRefusedException(ComplianceRefusedException.RECORD,
                "Person " + personId + " is not in this workspace's register.");
    }

    static String cleanFileName(String fileName) {
        var name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "upload" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static PersonDraft checked(PersonDraft draft) {
        var name = draft.name().strip();
        if (Texts.invisible(name) || name.length() > PersonDraft.NAME_MAX_LENGTH) {
            throw new ComplianceRefusedException(ComplianceRefusedException.NAME,
                    "Give the person's full name (up to 200 characters).");
        }
        var notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
        if (notes != null && notes.length() > PersonDraft.NOTES_MAX_LENGTH) {
            throw new ComplianceRefusedException(ComplianceRefusedException.NOTES,
                    "Notes take up to 2,000 characters (these have " + notes.length() + ").");
        }
        return new PersonDraft(name, draft.adult(), notes);
    }

    private PersonSummary summary(Person p) {
        var today = LocalDate.now(clock);
        var all = consents.findByPersonIdOrderByCreatedAtDescIdDesc(p.getId());
        return new PersonSummary(p.getId(), p.getName(), p.isAdult(), p.getNotes(), p.getReferenceFileName(),
                p.getReferenceType(), consentState(all, today), p.getErasedAt());
    }

    private static String consentState(List<Consent> all, LocalDate today) {
        long valid = all.stream().filter(c -> c.getStatus() == ConsentStatus.ACTIVE && !today.isBefore(c.getValidFrom())
                && (c.getValidUntil() == null || !today.isAfter(c.getValidUntil()))).count();
        if (valid > 0) {
            return valid == 1 ? "Valid consent" : valid + " valid consents";
        }
        @Nullable Consent latest = all.isEmpty() ? null : all.getFirst();
        if (latest == null) {
            return "No consent";
        }
        return switch (latest.getStatus()) {
            case AWAITING_CONFIRMATION -> "Awaiting confirmation";
            case REVOKED -> "Consent revoked";
            case ACTIVE -> "Consent not valid today";
        };
    }
}
