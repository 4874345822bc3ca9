package org.herald.events.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.entity.Places;
import org.junit.jupiter.api.Test;

class ActorTablesTest {
    @Test
    void everyTableLoads() {
        ActorTables tables = ActorTables.load();
        assertTrue(tables.size() > 150, "rows: " + tables.size());
        assertEquals("MIL", tables.agent("troops").orElseThrow());
        assertEquals("IGOWSTNAT", tables.organization("NATO").orElseThrow());
        assertEquals("RUSGOV", tables.bloc("Kremlin").orElseThrow().code());
        assertEquals("PSEREB", tables.group("Hamas").orElseThrow());
        assertEquals("KUR", tables.people("Kurds").orElseThrow());
        assertEquals("MOSSUN", tables.people("Sunni").orElseThrow());
    }

    @Test
    void seatsOfGovernmentAndGroupsNameKnownCountries() {
        Places places = Places.load();
        for (String file : List.of("blocs.tsv", "groups.tsv")) {
            for (List<String> row : Lexicon.rows(ActorTables.class, file, 2, 4)) {
                String code = row.get(1);
                if (code.length() == 6) {
                    assertTrue(places.countryName(code.substring(0, 3)).isPresent(), file + " row " + row);
                }
            }
        }
    }

    @Test
    void agentPhrasesAreLowerCase() {
        for (List<String> row : Lexicon.rows(ActorTables.class, "agents.tsv", 2, 3)) {
            assertEquals(row.get(0).toLowerCase(java.util.Locale.ROOT), row.get(0), "agents.tsv row " + row);
        }
    }
}
