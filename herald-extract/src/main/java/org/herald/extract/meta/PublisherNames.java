package org.herald.extract.meta;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/**
 * The publisher's name for an article's {@code site}: the first site name from the page that names a publisher,
 * else the name {@code publishers.tsv} gives the page's domain, else the domain itself. A site name that is a handle
 * ("@politifact"), an address ("https://www.newsnation.in"), a slug of the host ("nj" on nj.com) or a word of
 * {@code site-names.tsv} ("Hosted") gives way to the next source. Immutable and thread-safe.
 */
public final class PublisherNames {
    /** Longer than this, a "site name" is a slogan or a description. */
    static final int MAX_NAME_WORDS = 8;

    private static final Pattern HANDLE = Pattern.compile("^@\\w+$");
    // "https://www.newsnation.in", "www.example.org/news"; a brand written as a bare domain ("NJ.com",
    // "Factorio.com") is the publisher's own spelling and passes
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)\\S*$");
    /** Host prefixes that name a server or an edition, not the publisher: "www.", "m.", "amp.", "edition.". */
    private static final Pattern SERVER_PREFIX = Pattern.compile("^(?:www\\d?|m|amp|mobile|edition)\\.");

    private final Map<String, String> byDomain = new HashMap<>();
    private final Set<String> refused;

    public PublisherNames() {
        for (List<String> row : Lexicon.rows(PublisherNames.class, "publishers.tsv", 2, 3)) {
            byDomain.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
        }
        refused = Lexicon.words(PublisherNames.class, "site-names.tsv").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The publisher's name: the first of {@code siteNames} (best source first) that names one, else the domain's.
     * Empty only when no site name passes and there is no parsable URL.
     */
    public Optional<String> publisher(List<String> siteNames, Optional<String> url) {
        Optional<String> host = url.flatMap(PublisherNames::host);
        for (String name : siteNames) {
            if (namesPublisher(name, host)) {
                return Optional.of(name.strip());
            }
        }
        return host.map(h -> fromTable(h).orElse(SERVER_PREFIX.matcher(h).replaceFirst("")));
    }

    /** Whether a site name from the page names its publisher, judged against the page's host when known. */
    boolean namesPublisher(String name, Optional<String> host) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || refused.contains(lower) || HANDLE.matcher(n).matches() || ADDRESS.matcher(n).matches()
                || n.split("\\s+").length > MAX_NAME_WORDS) {
            return false;
        }
        // "nj" on www.nj.com, "cleveland" on cleveland.com: the page's own host label, written as a slug
        return host.map(h -> !(lower.equals(n) && List.of(h.split("\\.")).contains(lower))).orElse(true);
    }

    /** The table's name for a host or the nearest domain it is under: "edition.cnn.com" → "CNN". */
    private Optional<String> fromTable(String host) {
        String h = host;
        while (h.contains(".")) {
            String name = byDomain.get(h);
            if (name != null) {
                return Optional.of(name);
            }
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    private static Optional<String> host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null || host.isBlank() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();                       // a URL we cannot parse names no site
        }
    }
}
