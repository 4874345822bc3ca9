package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.extract.RawDocument;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demoExtractsEverySample() {
        CliRun r = CliRun.run("demo", "--extract-only");
        assertEquals(0, r.exitCode(), r.out());
        List<String> samples = new SampleArticles().index();
        for (String name : samples) {
            assertTrue(r.out().contains("== " + name), name);
        }
        assertTrue(r.out().contains("samples: " + samples.size() + " ok, 0 failed"), r.out());
    }

    @Test
    void everySampleIsLabelledAsWrittenForHerald() {
        for (RawDocument doc : new SampleArticles().load()) {
            String head = new String(doc.bytes(), 0, Math.min(400, doc.bytes().length),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(head.contains("Sample article written for Herald; not a real news report"), doc.source());
        }
    }

    @Test
    void demoTakesNoArguments() {
        assertEquals(2, CliRun.run("demo", "extra").exitCode());
        assertEquals(2, CliRun.run("demo", "--fast").exitCode());
    }
}
