package org.herald.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.herald.model.analysis.EntityType;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Reads the role and country of a person from the words around the name, and the country of an organisation
 * ("Russia's Defence Ministry"). Titles come normalised from {@link Titles}; countries as alpha-3 from {@link Places}.
 */
final class RoleReader {
    /** A country marker over tokens {@code [first, end)}: "Russian", "Russia 's", "the U.S. 's". */
    private record Marker(int first, int end, String country) {}

    private final Places places;
    private final Titles titles;
    private final UsPolitics us;

    RoleReader(Places places, Titles titles, UsPolitics us) {
        this.places = places;
        this.titles = titles;
        this.us = us;
    }

    Role read(Sentence sentence, NameMention name) {
        List<Token> tokens = sentence.tokens();
        if (name.type() == EntityType.ORGANIZATION) {
            // "Russia's Defence Ministry", "the Russian Defence Ministry"
            return markerEndingAt(tokens, name.first())
                    .map(m -> new Role(Optional.empty(), Optional.of(m.country()), m.first(), name.end()))
                    .orElse(Role.none(name));
        }
        if (name.type() != EntityType.PERSON) return Role.none(name);
        Role role = premodifier(tokens, name)
                .or(() -> appositionAfter(tokens, name))
                .or(() -> appositionBefore(tokens, name))
                .or(() -> apposEdge(sentence, name))
                .orElse(Role.none(name));
        return role.country().isPresent() ? role : placeAfter(tokens, name, role);
    }

    // "Sen. Jane Doe, D-Calif.", "Rep. John Roe, a Democrat of Ohio", "Gov. Ann Poe of Texas" → USA; "President
    // Jean Dupont of France" → FRA. The role grows over the tag, which is then no entity of its own.
    private Role placeAfter(List<Token> tokens, NameMention name, Role role) {
        int p = Math.max(name.end(), role.end());
        boolean titled = role.title().isPresent();
        OptionalInt us = this.us.endOfMarkerAfter(tokens, p, titled);
        if (us.isPresent()) {
            return new Role(role.title(), Optional.of(UsPolitics.USA), role.first(), us.getAsInt());
        }
        if (titled && role.end() == name.end() && is(tokens, p, "of")) {
            Optional<Marker> m = markerStartingAt(tokens, p + 1);
            if (m.isPresent()) return new Role(role.title(), Optional.of(m.get().country()), role.first(), m.get().end());
        }
        return role;
    }

    // "Russian Foreign Minister Sergei Lavrov", "UN spokesman Stephane Dujarric"
    private Optional<Role> premodifier(List<Token> tokens, NameMention name) {
        return titles.endingAt(tokens, name.first()).map(t -> {
            Optional<Marker> m = markerEndingAt(tokens, t.first());
            int first = m.map(Marker::first).orElse(t.first());
            boolean former = isFormer(tokens, first - 1) || isFormer(tokens, t.first() - 1);
            return new Role(Optional.of(title(t, former)), m.map(Marker::country), former ? first - 1 : first,
                    name.end());
        });
    }

    // "former Prime Minister", "the ex-president": a past holder of the office, whose title says so.
    private static boolean isFormer(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && FORMER.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }

    private static String title(Titles.Match t, boolean former) {
        return former ? "former " + t.title() : t.title();
    }

    private static final Set<String> FORMER = Set.copyOf(Lexicon.words(RoleReader.class, EntityFinder.FORMER_WORDS));

    // "Olaf Scholz, the German chancellor, arrived", "Lavrov, Russia's top diplomat", "Macron, the president of France"
    private Optional<Role> appositionAfter(List<Token> tokens, NameMention name) {
        int p = name.end();
        if (!is(tokens, p, ",")) return Optional.empty();
        p++;
        if (isDeterminer(tokens, p)) p++;
        boolean former = isFormer(tokens, p);
        if (former) p++;
        Optional<Marker> m = markerStartingAt(tokens, p);
        if (m.isPresent()) p = m.get().end();
        if (!former && isFormer(tokens, p)) {
            former = true;
            p++;
        }
        Optional<Titles.Match> t = titles.startingAt(tokens, p);
        // "Scholz, Foreign Minister Annalena Baerbock and …" is a list of people, not an apposition.
        if (t.isEmpty() || (t.get().end() < tokens.size() && tokens.get(t.get().end()).ner().equals("PERSON"))) {
            return Optional.empty();
        }
        int end = t.get().end();
        if (m.isEmpty() && is(tokens, end, "of")) {
            m = markerStartingAt(tokens, end + 1);
            if (m.isPresent()) end = m.get().end();
        }
        return Optional.of(new Role(Optional.of(title(t.get(), former)), m.map(Marker::country), name.first(), end));
    }

    // "Russia's foreign minister, Sergei Lavrov, said", "The German chancellor, Olaf Scholz, arrived"
    private Optional<Role> appositionBefore(List<Token> tokens, NameMention name) {
        if (!is(tokens, name.first() - 1, ",")) return Optional.empty();
        return titles.endingAt(tokens, name.first() - 1).map(t -> {
            Optional<Marker> m = markerEndingAt(tokens, t.first());
            int first = m.map(Marker::first).orElse(t.first());
            boolean former = isFormer(tokens, first - 1) || isFormer(tokens, t.first() - 1);
            if (former) first--;
            if (isDeterminer(tokens, first - 1)) first--;
            return new Role(Optional.of(title(t, former)), m.map(Marker::country), first, name.end());
        });
    }

    // "Scholz, 65, the German chancellor, said" or "Russia's foreign minister since 2004, Sergei Lavrov": the parser's
    // appos edge joins a name and a role phrase that the comma patterns above cannot reach.
    private Optional<Role> apposEdge(Sentence sentence, NameMention name) {
        List<Token> tokens = sentence.tokens();
        for (int i = name.first(); i < name.end(); i++) {
            for (Dependency d : sentence.children(i)) {
                if (d.relation().equals("appos") && d.dependent() >= name.end()) {
                    Optional<Role> role = roleEndingAt(tokens, d.dependent() + 1, name.first(), d.dependent() + 1);
                    if (role.isPresent()) return role;
                }
            }
            Optional<Dependency> head = sentence.head(i);
            if (head.isPresent() && head.get().relation().equals("appos") && head.get().governor() < name.first()
                    && head.get().governor() >= 0) {
                Optional<Role> role = roleEndingAt(tokens, head.get().governor() + 1, -1, name.end());
                if (role.isPresent()) return role;
            }
        }
        return Optional.empty();
    }

    // A title ending at token end - 1, with its country marker; the role spans [first, end), or starts at the marker
    // when first is -1.
    private Optional<Role> roleEndingAt(List<Token> tokens, int titleEnd, int first, int end) {
        return titles.endingAt(tokens, titleEnd).map(t -> {
            Optional<Marker> m = markerEndingAt(tokens, t.first());
            int from = m.map(Marker::first).orElse(t.first());
            boolean former = isFormer(tokens, from - 1) || isFormer(tokens, t.first() - 1);
            int start = first >= 0 ? first : former ? from - 1 : from;
            return new Role(Optional.of(title(t, former)), m.map(Marker::country), start, end);
        });
    }

    private Optional<Marker> markerEndingAt(List<Token> tokens, int end) {
        if (is(tokens, end - 1, "'s") || is(tokens, end - 1, "'")) {
            for (int first = Math.max(0, end - 1 - places.longestName()); first < end - 1; first++) {
                String w = words(tokens, first, end - 1);
                Optional<String> c = places.countryNamed(w).or(() -> usState(w));
                if (c.isPresent()) return Optional.of(new Marker(first, end, c.get()));
            }
            return Optional.empty();
        }
        // "Russian Foreign Minister", "U.S. Secretary of State", "UK Prime Minister", "Texas Gov.", "Democratic Sen."
        for (int first = Math.max(0, end - places.longestName()); first < end; first++) {
            String w = words(tokens, first, end);
            Optional<String> c = places.countryOfDemonym(w).or(() -> places.countryNamed(w)).or(() -> usState(w))
                    .or(() -> us.party(w) ? Optional.of(UsPolitics.USA) : Optional.empty());
            if (c.isPresent()) return Optional.of(new Marker(first, end, c.get()));
        }
        return Optional.empty();
    }

    // A state's full name before a title or as a possessive: "Texas Gov.", "Ohio's governor"; short forms ("Calif.")
    // only count in tags, where they cannot be a word of the sentence.
    private Optional<String> usState(String words) {
        return us.state(words).filter(words::equals).map(s -> UsPolitics.USA);
    }

    private Optional<Marker> markerStartingAt(List<Token> tokens, int first) {
        for (int end = Math.min(tokens.size(), first + places.longestName()); end > first; end--) {
            String w = words(tokens, first, end);
            Optional<String> demonym = places.countryOfDemonym(w);
            if (demonym.isPresent()) return Optional.of(new Marker(first, end, demonym.get()));
            Optional<String> country = places.countryNamed(w);
            if (country.isPresent()) {
                boolean possessive = is(tokens, end, "'s") || is(tokens, end, "'");
                return Optional.of(new Marker(first, possessive ? end + 1 : end, country.get()));
            }
        }
        return Optional.empty();
    }

    static boolean is(List<Token> tokens, int i, String text) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equals(text);
    }

    static boolean isDeterminer(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) return false;
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    // Names in the tables are written with single spaces between words, as tokens joined here.
    static String words(List<Token> tokens, int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) sb.append(' ');
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
