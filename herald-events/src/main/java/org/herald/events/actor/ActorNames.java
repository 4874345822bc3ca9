package org.herald.events.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.herald.nlp.entity.Places;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * What a proper name or an adjective says about whose side an actor is on: a country ("Russia", "Moscow", "Russian"),
 * an organisation ("NATO") or a bloc ("the West", "the Kremlin", "Western"). Thread-safe.
 */
final class ActorNames {
    /**
     * The owner of an actor.
     *
     * @param code country, organisation or bloc code: "RUS", "IGOWSTNAT", "WST", "RUSGOV"
     * @param withAgent true when the code already names the agent: "the Kremlin" is RUSGOV, not RUS
     */
    record Owner(String code, boolean withAgent) {
        boolean isOrganization() {
            return code.startsWith("IGO") || code.startsWith("NGO");
        }
    }

    private final Places places;
    private final ActorTables tables;

    ActorNames(Places places, ActorTables tables) {
        this.places = places;
        this.tables = tables;
    }

    // words(): tokens as written, a space only where the text has one: "Secretary-General", "Russia's".

    /**
     * The owner that the proper name around {@code token} stands for on its own, trying the longest run of capitalised
     * words first: "the [UN Security Council]", "[Downing Street]", "[Moscow]". Organisations are tried before
     * capitals, so "Brussels" is the EU. Only capitals code as their country: "Kharkiv" is a place, not an actor.
     */
    Optional<Owner> named(Sentence sentence, int token) {
        return named(sentence, token, window -> false);
    }

    /**
     * As {@link #named(Sentence, int)}, skipping windows that {@code partOfLongerName} refuses: words inside a longer
     * proper name that is not itself an actor ("[Kowloon West] district", "the [New York Times]").
     */
    Optional<Owner> named(Sentence sentence, int token, Predicate<List<Integer>> partOfLongerName) {
        List<Integer> run = properRun(sentence, token);
        int at = run.indexOf(token);
        for (int length = run.size(); length >= 1; length--) {
            for (int from = Math.max(0, at - length + 1); from <= at && from + length <= run.size(); from++) {
                List<Integer> window = run.subList(from, from + length);
                if (partOfLongerName.test(window)) continue;
                Optional<Owner> o = namedExactly(words(sentence, window));
                if (o.isPresent()) return o;
            }
        }
        return Optional.empty();
    }

    /**
     * The owner named by capitalised words among {@code tokens} (in sentence order), longest run first, whatever their
     * tree: "the [White House] spokesman" when both words hang from "spokesman". Windows {@code partOfLongerName}
     * refuses are skipped: "[New Mexico] officials" is not Mexico's, "[Kowloon West] district" not the West's.
     */
    Optional<Owner> namedWithin(Sentence sentence, List<Integer> tokens, Predicate<List<Integer>> partOfLongerName) {
        List<Integer> caps = tokens.stream().filter(i -> isCapitalised(sentence.tokens().get(i))).toList();
        return overRuns(caps, caps.size(), 1, window -> partOfLongerName.test(window) ? Optional.empty()
                : namedExactly(words(sentence, window)));
    }

    /**
     * The first answer of {@code look} over the runs of adjacent tokens among {@code tokens} (in sentence order),
     * longest first, from {@code longest} tokens down to {@code shortest}.
     */
    static <T> Optional<T> overRuns(List<Integer> tokens, int longest, int shortest,
                                    Function<List<Integer>, Optional<T>> look) {
        for (int length = Math.min(longest, tokens.size()); length >= shortest; length--) {
            for (int from = 0; from + length <= tokens.size(); from++) {
                List<Integer> window = tokens.subList(from, from + length);
                if (window.get(length - 1) - window.get(0) != length - 1) continue;
                Optional<T> found = look.apply(window);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    /** The owner an adjective or a plural people noun gives: "Russian", "Russians" → RUS, "Turks" → TUR; "Western" → WST. */
    Optional<Owner> modifier(String word) {
        Optional<String> country = places.countryOfDemonym(word).or(() -> places.countryOfPeople(word));
        if (country.isPresent()) return Optional.of(new Owner(country.get(), false));
        return tables.bloc(word).filter(ActorTables.Bloc::modifier).map(b -> new Owner(b.code(), false));
    }

    /**
     * The ethnic or religious group a noun or adjective names: "Kurds", "Kurdish" → KUR, "Shiite" → MOSSHI. Apart from
     * {@link #modifier}, because "Christian" is also a first name: callers skip it inside a person's name.
     */
    Optional<Owner> people(String word) {
        return tables.people(word).map(code -> new Owner(code, false));
    }

    private Optional<Owner> namedExactly(String name) {
        String n = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        Optional<String> org = tables.organization(n);
        if (org.isPresent()) return Optional.of(new Owner(org.get(), false));
        Optional<String> group = tables.group(n);
        if (group.isPresent()) return Optional.of(new Owner(group.get(), true));
        Optional<ActorTables.Bloc> bloc = tables.bloc(n).filter(b -> !b.modifier());
        if (bloc.isPresent()) {
            String code = bloc.get().code();
            return Optional.of(new Owner(code, code.length() > 3 && places.countryOfCode(code).isPresent()));
        }
        Optional<String> country = places.countryNamed(n);
        if (country.isPresent()) return Optional.of(new Owner(country.get(), false));
        return places.city(n).filter(Places.City::capital).map(c -> new Owner(c.country(), false));
    }

    // "[United Nations]", "[White House]", "[UN Security Council]": capitalised compound, flat and amod dependents
    // adjacent to the token, with the token, and theirs: "[Human] Rights Watch" hangs "Human" from "Rights".
    private static List<Integer> properRun(Sentence sentence, int token) {
        List<Integer> members = new ArrayList<>(List.of(token));
        for (int k = 0; k < members.size(); k++) {
            for (Dependency d : sentence.children(members.get(k))) {
                String r = d.relation();
                boolean nameLike = r.startsWith("compound") || r.startsWith("flat") || r.equals("amod");
                if (nameLike && isCapitalised(sentence.tokens().get(d.dependent()))) members.add(d.dependent());
            }
        }
        members.sort(null);
        int at = members.indexOf(token);
        int from = at;
        int to = at;
        while (from > 0 && members.get(from - 1) == members.get(from) - 1) from--;
        while (to < members.size() - 1 && members.get(to + 1) == members.get(to) + 1) to++;
        return members.subList(from, to + 1);
    }

    private static boolean isCapitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    static String words(Sentence sentence, List<Integer> indices) {
        List<Token> ts = sentence.tokens();
        StringBuilder sb = new StringBuilder(ts.get(indices.get(0)).text());
        for (int k = 1; k < indices.size(); k++) {
            Token t = ts.get(indices.get(k));
            if (t.span().start() > ts.get(indices.get(k - 1)).span().end()) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }
}
