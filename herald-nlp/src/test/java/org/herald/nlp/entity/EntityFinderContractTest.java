package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.model.analysis.Entity;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/** One finder shared by threads gives every caller the same answer, as a stage must. */
class EntityFinderContractTest {
    @Test
    void sameInputSameOutputAcrossThreads() throws Exception {
        EntityFinder finder = new EntityFinder();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sentences.add("German/JJ/NATIONALITY Chancellor/NNP/TITLE Olaf/NNP/PERSON Scholz/NNP/PERSON/nsubj/5 "
                    + "met/VBD/O/root/-1 envoys/NNS in/IN Kyiv/NNP/CITY ./.");
            sentences.add("He/PRP/O/nsubj/1 said/VBD/O/root/-1 the/DT chancellor/NN/TITLE agreed/VBD ./.");
        }
        ParsedText parsed = Texts.parse(sentences.toArray(String[]::new));
        List<Entity> expected = finder.find(parsed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) results.add(pool.submit(() -> finder.find(parsed)));
            for (Future<List<Entity>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(2, expected.size(), expected.toString());
        assertEquals(600, expected.get(0).mentions().size());
    }
}
