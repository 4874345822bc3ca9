package org.herald.store.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.lexicon.Lexicon;

/**
 * The cast of the synthetic articles, read once from this package's tables: countries, agent sectors, invented
 * names and one phrase per CAMEO code. Immutable; one instance serves every generator thread.
 */
record SyntheticWorld(List<Country> countries, List<Agent> agents, List<String> givenNames,
                      List<String> familyNames, List<Verb> verbs) {

    record Country(String code, String name, String demonym, String capital) {}

    record Agent(String code, String group, String title) {}

    /** A phrase and the codebook entry it stands for. */
    record Verb(String phrase, CameoCode code) {}

    static SyntheticWorld load() {
        List<Country> countries = new ArrayList<>();
        for (List<String> r : Lexicon.rows(SyntheticWorld.class, "countries.tsv", 4, 4)) {
            countries.add(new Country(r.get(0), r.get(1), r.get(2), r.get(3)));
        }
        List<Agent> agents = new ArrayList<>();
        for (List<String> r : Lexicon.rows(SyntheticWorld.class, "agents.tsv", 3, 3)) {
            agents.add(new Agent(r.get(0), r.get(1), r.get(2)));
        }
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        for (List<String> r : Lexicon.rows(SyntheticWorld.class, "names.tsv", 2, 2)) {
            given.add(r.get(0));
            family.add(r.get(1));
        }
        CameoCodebook codebook = CameoCodebook.load();
        List<Verb> verbs = new ArrayList<>();
        for (List<String> r : Lexicon.rows(SyntheticWorld.class, "verbs.tsv", 2, 2)) {
            verbs.add(new Verb(r.get(1), codebook.require(r.get(0))));
        }
        return new SyntheticWorld(List.copyOf(countries), List.copyOf(agents), List.copyOf(given),
                List.copyOf(family), List.copyOf(verbs));
    }
}
