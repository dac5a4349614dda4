package dev.clapboard.compliance;

import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.DemoWorkspaceReady;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo workspace's managing director in the people register, with a signed consent for all campaigns on
 * web and social media, so the consent gate can be tried at once: declare her on a card for TV and see it refused.
 */
@Component
@Profile("demo")
class DemoPeople {

    static final String NAME = "Dana Berger";
    private static final byte[] DECLARATION = ("%PDF-1.4\n% Demo consent declaration of " + NAME
            + ", signed on paper and scanned\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final PeopleService people;
    private final ConsentService consents;
    private final Clock clock;

    DemoPeople(PeopleService people, ConsentService consents, Clock clock) {
        this.people = people;
        this.consents = consents;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceReady ready) {
        SystemActor.runInWorkspace(ready.workspaceId(), () -> {
            if (!people.all().isEmpty()) {
                return;
            }
            var dana = people.create(new PersonDraft(NAME, true,
                    "Managing director; recorded a one-minute reference video for cameo scenes"));
            var today = LocalDate.now(clock);
            consents.recordDeclaration(dana.id(), new ConsentDraft(true, Set.of(), Set.of(Channel.WEB, Channel.SOCIAL),
                    "EU", "Product advertising and trade fair teasers", today, today.plusYears(1), true, null, null),
                    "dana-berger-consent.pdf", DECLARATION);
        });
    }
}
