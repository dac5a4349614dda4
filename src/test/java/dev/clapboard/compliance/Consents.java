package dev.clapboard.compliance;

import dev.clapboard.campaign.CampaignService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Test data for compliance: people, signed declarations and consent scopes on the demo campaign. */
@Component
public class Consents {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final PeopleService people;
    private final ConsentService consents;
    private final CampaignService campaigns;

    Consents(PeopleService people, ConsentService consents, CampaignService campaigns) {
        this.people = people;
        this.consents = consents;
        this.campaigns = campaigns;
    }

    public long demoCampaignId() {
        return campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    /** A new adult in the register (signed in as a manager). */
    public PersonSummary person(String name) {
        return people.create(new PersonDraft(name, true, null));
    }

    /** A consent for the demo campaign on {@code channels}, valid from yesterday for a year. */
    public static ConsentDraft forCampaign(long campaignId, Channel... channels) {
        return new ConsentDraft(false, Set.of(campaignId), Set.of(channels), "EU", "Product advertising",
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), false, null, null);
    }

    public ConsentRecord signed(long personId, ConsentDraft draft) {
        return consents.recordDeclaration(personId, draft, "declaration.pdf", PDF);
    }
}
