package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;

/**
 * Links the references of one article, in text order, into clusters: a surname to the full name, an acronym to the
 * organisation, "the minister" to the one earlier person holding that office, "he" to the one recent person subject.
 * One instance per article; not thread-safe.
 */
final class MentionLinker {
    /** A person reference already linked, with the governor it is the subject of (-1 when not a subject). */
    private record Linked(Reference ref, Cluster cluster, int subjectOf) {}

    private final ParsedText parsed;
    private final Places places;
    private final Titles titles;
    private final Genders genders;
    private final NonEntities nonEntities;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> placeClusters = new HashMap<>();
    private final List<Linked> persons = new ArrayList<>();

    MentionLinker(ParsedText parsed, Places places, Titles titles, Genders genders, NonEntities nonEntities) {
        this.parsed = parsed;
        this.places = places;
        this.titles = titles;
        this.genders = genders;
        this.nonEntities = nonEntities;
    }

    /** The clusters of {@code references}, which must be in text order. */
    List<Cluster> link(List<Reference> references) {
        for (Reference r : references) {
            switch (r.kind()) {
                case NAME -> name(r);
                case NOMINAL -> nominal(r);
                case PRONOUN -> pronoun(r);
            }
        }
        return clusters;
    }

    private void name(Reference r) {
        NameMention n = r.name().orElseThrow();
        Cluster c;
        if (n.type() == EntityType.PERSON) {
            // "Mike" after "Mike Pompeo" is Pompeo, through the first word of his name as a family-name-first name is;
            // a lone given name that no earlier full name explains is no entity of its own, but still a person at
            // hand for "he" and "his" ("Andrew, a fisherman, said his catch had fallen"), so kept hidden.
            c = find(EntityType.PERSON, existing -> samePerson(existing, r.text()))
                    .or(() -> find(EntityType.PERSON, existing -> sameFamilyNameFirst(existing, r.text())))
                    .orElseGet(() -> create(n));
            if (c.mentions.isEmpty() && loneGivenName(r)) c.hidden = true;
        } else if (n.type() == EntityType.ORGANIZATION) {
            c = find(EntityType.ORGANIZATION, existing -> sameOrganization(existing, r.text()))
                    .orElseGet(() -> create(n));
        } else {
            c = placeClusters.computeIfAbsent(placeKey(n), k -> create(n));
            c.country = c.country.or(() -> placeCountry(n));
        }
        c.addName(r.text());
        c.addRole(r.role());
        if (c.gender.isEmpty()) c.gender = genders.ofName(r.text());
        add(c, r);
    }

    // "Andrew, a fisherman, said": one given name and no title before it ("Sen. Warren" is a surname).
    private boolean loneGivenName(Reference r) {
        return !r.text().contains(" ") && nonEntities.givenName(r.text())
                && (r.role().title().isEmpty() || r.role().first() >= r.first());
    }

    // "the minister" → the one earlier person whose title it can name; "the Russian diplomat" must also match RUS.
    private void nominal(Reference r) {
        String nominal = r.nominal().orElseThrow();
        List<Cluster> matches = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON && c.title.isPresent() && titles.refersTo(nominal, c.title.get())
                    && (r.role().country().isEmpty() || r.role().country().equals(c.country))) {
                matches.add(c);
            }
        }
        if (matches.size() == 1) add(matches.get(0), r);
    }

    // "He added" → the one person who is a subject earlier in this sentence, else in the previous one.
    // "Duda thanked him": the object pronoun is not the subject of its own verb.
    // "Wang told Baerbock … She replied": a subject of unknown gender loses to a woman at hand; no link then.
    private void pronoun(Reference r) {
        Sentence s = parsed.sentences().get(r.sentence());
        Optional<Dependency> head = s.head(r.first());
        Optional<Genders.Gender> gender = Genders.ofPronoun(r.text());
        boolean object = head.isPresent() && !head.get().relation().startsWith("nsubj")
                && !head.get().relation().equals("nmod:poss");
        int excluded = object ? clauseOwner(s, head.get().governor()) : -2;
        for (int sentence = r.sentence(); sentence >= Math.max(0, r.sentence() - 1); sentence--) {
            Set<Cluster> candidates = new LinkedHashSet<>();
            for (int i = persons.size() - 1; i >= 0 && persons.get(i).ref().sentence() >= sentence; i--) {
                Linked l = persons.get(i);
                if (l.ref().sentence() != sentence || l.subjectOf() == -1 || !compatible(l.cluster(), gender)) continue;
                if (sentence == r.sentence() && (l.ref().first() > r.first() || l.subjectOf() == excluded)) continue;
                candidates.add(l.cluster());
            }
            if (candidates.size() > 1) return;
            if (candidates.isEmpty() && object && sentence == r.sentence()) {
                candidates = nonSubjectsBefore(r, gender, excluded);
                if (candidates.size() > 1) return;
            }
            if (candidates.size() == 1) {
                Cluster c = candidates.iterator().next();
                if (c.gender.isEmpty() && gender.isPresent() && rivalAtHand(r, c, gender.get(), excluded)) return;
                if (c.gender.isEmpty()) c.gender = gender;
                add(c, r);
                return;
            }
        }
    }

    // "Trump called Erdogan and urged him": "urged" has no subject of its own, so the subject of "called" is its
    // subject too, and as bound to "him" as if it were written twice.
    private static int clauseOwner(Sentence s, int verb) {
        int v = verb;
        for (int hops = 0; hops < 8; hops++) {
            boolean ownSubject = s.children(v).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            Optional<Dependency> up = s.head(v);
            if (ownSubject || up.isEmpty() || !up.get().relation().equals("conj")) return v;
            v = up.get().governor();
        }
        return v;
    }

    // With the clause's own subject ruled out, an object pronoun takes the one other person of its sentence named
    // before it: "Trump called Erdogan and urged him" → Erdogan. Two such persons leave it open.
    private Set<Cluster> nonSubjectsBefore(Reference r, Optional<Genders.Gender> gender, int excluded) {
        Set<Cluster> bound = new HashSet<>();
        Set<Cluster> out = new LinkedHashSet<>();
        for (int i = persons.size() - 1; i >= 0 && persons.get(i).ref().sentence() >= r.sentence(); i--) {
            Linked l = persons.get(i);
            if (l.ref().sentence() != r.sentence()) continue;
            if (l.subjectOf() == excluded) bound.add(l.cluster());
            else if (l.ref().first() < r.first() && compatible(l.cluster(), gender)) out.add(l.cluster());
        }
        out.removeAll(bound);
        return out;
    }

    private static boolean compatible(Cluster c, Optional<Genders.Gender> gender) {
        return c.gender.isEmpty() || gender.isEmpty() || c.gender.equals(gender);
    }

    // Another person of the pronoun's known gender mentioned in this or the previous sentence, before the pronoun;
    // the subject of the pronoun's own verb is no rival ("Duda thanked him").
    private boolean rivalAtHand(Reference r, Cluster chosen, Genders.Gender gender, int excluded) {
        Set<Cluster> bound = new HashSet<>();
        for (int i = persons.size() - 1; i >= 0 && persons.get(i).ref().sentence() == r.sentence(); i--) {
            if (persons.get(i).subjectOf() == excluded) bound.add(persons.get(i).cluster());
        }
        for (int i = persons.size() - 1; i >= 0 && persons.get(i).ref().sentence() >= r.sentence() - 1; i--) {
            Cluster c = persons.get(i).cluster();
            if (c != chosen && !bound.contains(c) && c.gender.equals(Optional.of(gender))) return true;
        }
        return false;
    }

    private void add(Cluster c, Reference r) {
        c.mentions.add(new Mention(r.span(), r.text()));
        if (c.type == EntityType.PERSON) persons.add(new Linked(r, c, subjectOf(r)));
    }

    // The role phrase counts: in "The German chancellor, Olaf Scholz, arrived" the subject token is "chancellor";
    // so do apposed and conjoined names: "The fund's chief, Kristalina Georgieva, said", "Macron and Scholz met".
    private int subjectOf(Reference r) {
        Sentence s = parsed.sentences().get(r.sentence());
        for (int i = r.role().first(); i < r.role().end(); i++) {
            Optional<Dependency> d = s.head(i);
            if (d.isEmpty()) continue;
            if (d.get().relation().startsWith("nsubj")) return d.get().governor();
            if (d.get().relation().equals("appos") || d.get().relation().equals("conj")) {
                Optional<Dependency> up = s.head(d.get().governor());
                if (up.isPresent() && up.get().relation().startsWith("nsubj")) return up.get().governor();
            }
        }
        return -1;
    }

    private Optional<Cluster> find(EntityType type, java.util.function.Predicate<Cluster> same) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.type == type && same.test(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    private Cluster create(NameMention n) {
        Cluster c = new Cluster(n.type(), n.type() + "#" + clusters.size(), n.text());
        clusters.add(c);
        return c;
    }

    // "Lavrov" ↔ "Sergei Lavrov": same words, or one side is the other's surname; "Olaf Scholz" ≠ "Lena Scholz".
    static boolean samePerson(Cluster c, String text) {
        String[] w = text.split("\\s+");
        for (String name : c.names) {
            String[] n = name.split("\\s+");
            if (!last(n).equals(last(w))) continue;
            if (n.length == 1 || w.length == 1 || n[0].equals(w[0])) return true;
        }
        return false;
    }

    // "Wang Yi" … "Wang": names written family name first, tried only when no surname matched.
    static boolean sameFamilyNameFirst(Cluster c, String text) {
        if (text.contains(" ")) return false;
        for (String name : c.names) {
            String[] n = name.split("\\s+");
            if (n.length > 1 && n[0].equals(text)) return true;
        }
        return false;
    }

    // "NATO" ↔ "North Atlantic Treaty Organization", "U.N." ↔ "United Nations", "Reuters" ↔ "Thomson Reuters".
    static boolean sameOrganization(Cluster c, String text) {
        String t = withoutArticle(text);
        for (String name : c.names) {
            String n = withoutArticle(name);
            if (n.equalsIgnoreCase(t) || acronym(n).equals(t.replace(".", "")) || acronym(t).equals(n.replace(".", ""))
                    || partOf(t, n) || partOf(n, t)) {
                return true;
            }
        }
        return false;
    }

    static String acronym(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) return "";
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    // A shorter form that starts or ends the full name: "Reuters" in "Thomson Reuters", "Bundestag" not "Union".
    private static boolean partOf(String shorter, String longer) {
        if (shorter.length() < 4 || shorter.length() >= longer.length() || !Character.isUpperCase(shorter.charAt(0))
                || GENERIC_HEADS.contains(shorter)) {
            return false;
        }
        return longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter);
    }

    // Single words that end many organisation names and stand for none alone when capitalised mid-sentence.
    private static final Set<String> GENERIC_HEADS = Set.of("Union", "Nations", "Organization", "Organisation",
            "Council", "Party", "Ministry", "Commission", "Bank", "Fund", "Agency", "Department", "Office", "Group");

    private String placeKey(NameMention n) {
        switch (n.type()) {
            case COUNTRY:
                return places.countryNamed(n.text()).map(c -> "COUNTRY:" + c).orElse("COUNTRY:" + lower(n.text()));
            case CITY:
                // "Kyiv" and "Kiev" are one city.
                return places.city(n.text()).filter(Places.City::capital).map(c -> "CAPITAL:" + c.country())
                        .orElse("CITY:" + lower(n.text()));
            case NATIONALITY:
                return places.countryOfDemonym(n.text()).map(c -> "NATIONALITY:" + c)
                        .orElse("NATIONALITY:" + lower(n.text()));
            default:
                return n.type() + ":" + lower(n.text());
        }
    }

    private Optional<String> placeCountry(NameMention n) {
        switch (n.type()) {
            case COUNTRY: return places.countryNamed(n.text());
            case CITY: return places.city(n.text()).map(Places.City::country);
            case NATIONALITY: return places.countryOfDemonym(n.text());
            default: return Optional.empty();
        }
    }

    private static String withoutArticle(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String last(String[] words) {
        return words[words.length - 1];
    }
}
