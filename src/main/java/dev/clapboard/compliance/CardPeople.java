package dev.clapboard.compliance;

import java.util.List;
import java.util.Set;

/** The people a card's video shows, the channels it will run on, and whether each person is cleared today. */
public record CardPeople(long campaignId, long cardId, String cardTitle, Set<Channel> channels,
        List<PersonClearance> people) {

    public CardPeople {
        channels = Set.copyOf(channels);
        people = List.copyOf(people);
    }
}
