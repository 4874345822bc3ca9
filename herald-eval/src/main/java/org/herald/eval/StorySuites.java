package org.herald.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the two suites of shared/eval/clustering in place: the SemEval-2022 Task 8 news pairs and the ECB+
 * development topics as story clusters.
 */
final class StorySuites {
    static final String SEMEVAL = "clustering/semeval2022-task8-train";
    static final String ECBPLUS = "clustering/ecbplus-dev";

    private StorySuites() {}

    /**
     * One rated pair. {@code key} is the pair without language suffixes, smaller id first ("1483943089en_…" →
     * "1483943089_…"): augmented variants of one pair share it, so the split keeps them in one half.
     *
     * @param overall the human rating, 1 (same story) … 4 (unrelated)
     */
    record RatedPair(String pairId, String key, String lang1, String lang2, String text1, String text2,
                     double overall) {
        boolean crossLingual() {
            return !lang1.equals(lang2);
        }
    }

    /** One ECB+ document: {@code story} is topic + "ecb" or "ecbplus" (the file name's suffix), the gold cluster. */
    record StoryDoc(String id, String topic, String story, String text) {}

    static List<RatedPair> semeval(Path dir) {
        List<List<String>> rows = Csv.read(dir.resolve("training_set.csv"));
        List<String> header = rows.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) col.put(header.get(i), i);
        List<RatedPair> pairs = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < header.size()) continue;
            String id = r.get(col.get("pair_id"));
            pairs.add(new RatedPair(id, key(id), r.get(col.get("lang1")), r.get(col.get("lang2")),
                    r.get(col.get("text1")), r.get(col.get("text2")), Double.parseDouble(r.get(col.get("Overall")))));
        }
        return pairs;
    }

    static String key(String pairId) {
        String[] ids = pairId.split("_");
        List<String> plain = new ArrayList<>();
        for (String id : ids) plain.add(id.replaceAll("[a-z]+$", ""));
        plain.sort(Comparator.naturalOrder());
        return String.join("_", plain);
    }

    /**
     * The documents of every topic folder, each rebuilt from its tokens one sentence a line (the source URL that
     * opens an {@code ecbplus} file left out), in a fixed arrival order that mixes topics and sub-topics: by the
     * CRC32 of the file name, as a news stream would interleave them.
     */
    static List<StoryDoc> ecbplus(Path dir) {
        List<StoryDoc> docs = new ArrayList<>();
        try (Stream<Path> topics = Files.list(dir)) {
            for (Path topic : topics.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(topic)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                        String name = f.getFileName().toString();
                        boolean plus = name.endsWith("ecbplus.xml");
                        String t = topic.getFileName().toString();
                        docs.add(new StoryDoc(name, t, t + (plus ? "ecbplus" : "ecb"), String.join("\n",
                                OfftopicSuite.sentences(Files.readString(f, StandardCharsets.UTF_8), plus))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        docs.sort(Comparator.comparingLong((StoryDoc d) -> SuiteSplit.crc(d.id())).thenComparing(StoryDoc::id));
        return docs;
    }
}
