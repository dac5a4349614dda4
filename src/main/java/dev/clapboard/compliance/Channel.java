package dev.clapboard.compliance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a video runs; a consent names the channels it covers and a card the channels its video is for. */
public enum Channel {
    WEB("Web"), SOCIAL("Social media"), TV("TV"), PRINT("Print");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored form: names joined by commas, in declaration order. */
    public static String join(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
    }

    public static Set<Channel> parse(String joined) {
        var set = EnumSet.noneOf(Channel.class);
        Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Channel::valueOf)
                .forEach(set::add);
        return set;
    }

    public static String labels(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::label).collect(Collectors.joining(", "));
    }
}
