package org.herald.events.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * The actor tables of this package: {@code agents.tsv} (role nouns → agent codes), {@code organizations.tsv}
 * (international organisations → CAMEO IGO/NGO codes), {@code groups.tsv} (non-state armed groups → country + REB) and
 * {@code blocs.tsv} (regions, blocs, seats of government) and {@code peoples.tsv} (ethnic and religious groups → CAMEO
 * ethnic and religion codes).
 * Immutable once loaded; thread-safe.
 */
final class ActorTables {
    /** Agent code of a noun that names the state or bloc itself: "Western powers" → WST, no agent. */
    static final String NO_AGENT = "-";

    private static final Pattern AGENT = Pattern.compile("[A-Z]{3}|-");
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    /** A row of {@code blocs.tsv}: a whole name ("the Kremlin") or a modifier ("Western officials"). */
    record Bloc(String code, boolean modifier) {}

    private final Map<String, String> agents = new HashMap<>();
    private final Map<String, String> organizations = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, Bloc> blocs = new HashMap<>();
    private final Map<String, String> peoples = new HashMap<>();
    private final Set<String> partitives = new HashSet<>();
    private final Set<String> documents = new HashSet<>();
    private final Set<String> deeds = new HashSet<>();
    private final Set<String> holdings = new HashSet<>();
    private final Set<String> goBetweens = new HashSet<>();
    private final Set<String> peopleNouns = new HashSet<>();
    private final Set<String> relationalNouns = new HashSet<>();
    private final Set<String> companyNames = new HashSet<>();
    private final Set<String> companySuffixes = new HashSet<>();
    private final Set<String> agentCodes = new HashSet<>();

    private ActorTables() {}

    /** Reads the tables; a row with a malformed code or kind fails with the file and the row. */
    static ActorTables load() {
        ActorTables t = new ActorTables();
        for (List<String> row : Lexicon.rows(ActorTables.class, "agents.tsv", 2, 3)) {
            t.agents.put(row.get(0), check("agents.tsv", row, row.get(1), AGENT));
        }
        for (List<String> row : Lexicon.rows(ActorTables.class, "organizations.tsv", 2, 3)) {
            t.organizations.put(row.get(0), check("organizations.tsv", row, row.get(1), CODE));
        }
        for (List<String> row : Lexicon.rows(ActorTables.class, "groups.tsv", 2, 3)) {
            t.groups.put(row.get(0), check("groups.tsv", row, row.get(1), CODE));
        }
        for (List<String> row : Lexicon.rows(ActorTables.class, "blocs.tsv", 3, 4)) {
            String kind = row.get(2);
            if (!kind.equals("name") && !kind.equals("modifier")) {
                throw new IllegalStateException("blocs.tsv: kind must be name or modifier in row " + row);
            }
            t.blocs.put(row.get(0), new Bloc(check("blocs.tsv", row, row.get(1), CODE), kind.equals("modifier")));
        }
        for (List<String> row : Lexicon.rows(ActorTables.class, "peoples.tsv", 2, 3)) {
            t.peoples.put(row.get(0), check("peoples.tsv", row, row.get(1), CODE));
        }
        // A state is the USA: "New Mexico officials" → USAGOV (a bloc name coded as its country, as "Kremlin" is).
        for (String state : Lexicon.words(ActorTables.class, "us-states.tsv")) t.blocs.put(state, new Bloc("USA", false));
        for (List<String> row : Lexicon.rows(ActorTables.class, "companies.tsv", 2, 3)) {
            switch (row.get(1)) {
                case "name" -> t.companyNames.add(row.get(0));
                case "suffix" -> t.companySuffixes.add(row.get(0));
                default -> throw new IllegalStateException("companies.tsv: kind must be name or suffix in row " + row);
            }
        }
        t.agentCodes.addAll(t.agents.values());
        t.agentCodes.remove(NO_AGENT);
        // Elites (CAMEO ELI) have no noun of their own in agents.tsv: DictionaryActorCoder gives the code to former
        // office holders, who are placed in a country like any other agent.
        t.agentCodes.add("ELI");
        t.partitives.addAll(Lexicon.words(ActorTables.class, "partitives.tsv"));
        t.documents.addAll(Lexicon.words(ActorTables.class, "documents.tsv"));
        t.deeds.addAll(Lexicon.words(ActorTables.class, "deeds.tsv"));
        t.holdings.addAll(Lexicon.words(ActorTables.class, "holdings.tsv"));
        t.goBetweens.addAll(Lexicon.words(ActorTables.class, "go-betweens.tsv"));
        t.peopleNouns.addAll(Lexicon.words(ActorTables.class, "people-nouns.tsv"));
        t.relationalNouns.addAll(Lexicon.words(ActorTables.class, "relational-nouns.tsv"));
        return t;
    }

    /**
     * Whether a head noun's lemma names a side by its relation to the one named as its possessor or after "of"
     * ("Kyiv's allies"), which is then the other side, not its country.
     */
    boolean isRelational(String lemma) {
        return relationalNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a head noun's lemma stands for people named after "of": "a group of", "thousands of". */
    boolean isPartitive(String lemma) {
        return partitives.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a head noun's lemma is a text that acts for its author, named after "by" or "from": "a report by". */
    boolean isDocument(String lemma) {
        return documents.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a head noun's lemma is an armed act that acts for its doer, named after "by": "a bombing by". */
    boolean isDeed(String lemma) {
        return deeds.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a title word names one who speaks or acts for another: "spokesperson", "adviser" (go-betweens.tsv). */
    boolean isGoBetween(String word) {
        return goBetweens.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a head noun's lemma names people with no code of their own: "prisoners", "a man" (people-nouns.tsv). */
    boolean isPeopleNoun(String lemma) {
        return peopleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a head noun's lemma is a place or thing an armed side holds: "an army [camp]", "rebel-held [areas]". */
    boolean isHolding(String lemma) {
        return holdings.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The agent code of lower-case words ("security forces" → COP), or {@link #NO_AGENT} for "countries". */
    Optional<String> agent(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        String code = agents.get(lower);
        // The tagger takes a capitalised plural that opens a sentence for a name ("Farmers blocked …", lemma
        // "Farmers"), so its lemma is no singular: the plural is tried as its singular too.
        if (code == null && lower.endsWith("ies")) code = agents.get(lower.substring(0, lower.length() - 3) + "y");
        if (code == null && lower.endsWith("s") && !lower.endsWith("ss")) {
            code = agents.get(lower.substring(0, lower.length() - 1));
        }
        // "vice-president", "prime-minister": one hyphenated token names the same agent as the two words.
        if (code == null && lower.indexOf('-') > 0) return agent(lower.replace('-', ' '));
        return Optional.ofNullable(code);
    }

    /** Whether {@code code} is one of the agent codes of {@code agents.tsv}: "COP", "GOV", "MIL". */
    boolean isAgentCode(String code) {
        return agentCodes.contains(code);
    }

    /** The code of an organisation's name as written: "NATO" → IGOWSTNAT. */
    Optional<String> organization(String name) {
        return Optional.ofNullable(organizations.get(name));
    }

    /** The code of an armed group's name as written, agent included: "Hamas" → PSEREB. */
    Optional<String> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** The bloc or seat of government a name or modifier stands for: "Kremlin" → RUSGOV, "Western" → WST. */
    Optional<Bloc> bloc(String name) {
        return Optional.ofNullable(blocs.get(name));
    }

    /** The ethnic or religious group a word names, as written: "Kurds", "Kurdish" → KUR, "Sunnis" → MOSSUN. */
    Optional<String> people(String word) {
        return Optional.ofNullable(peoples.get(word));
    }

    /**
     * Whether an organisation's name, as written, is a company's: a listed name ("Alibaba") or one whose last word is a
     * legal form or corporate word ("Acme Holdings Ltd", "Tata Group").
     */
    boolean isCompany(String name) {
        if (companyNames.contains(name)) return true;
        String[] words = name.trim().split("\\s+");
        return words.length > 1 && companySuffixes.contains(words[words.length - 1]);
    }

    int size() {
        return agents.size() + organizations.size() + groups.size() + blocs.size() + peoples.size();
    }

    private static String check(String file, List<String> row, String code, Pattern pattern) {
        if (!pattern.matcher(code).matches()) {
            throw new IllegalStateException(file + ": bad code '" + code + "' in row " + row);
        }
        return code;
    }
}
