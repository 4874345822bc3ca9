package org.herald.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.herald.model.lexicon.Lexicon;

/**
 * Reads the off-topic documents of {@code events-offtopic} in place: the ECB+ development topics that
 * {@code offtopic-topics.tsv} lists (sports, culture, celebrities, disasters, a software patch), each file rebuilt
 * from its tokens as one paragraph per ECB+ sentence. The source URL that opens every {@code ecbplus} file is left
 * out, so the coder sees only what a reader of the article sees.
 */
final class OfftopicSuite {
    static final String TOPICS = "offtopic-topics.tsv";
    private static final Pattern TOKEN =
            Pattern.compile("<token t_id=\"\\d+\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    // Spaces the tokenizer put in that a writer would not: "Reid , her" → "Reid, her", "`` We" → "\"We".
    private static final List<String[]> DETOKENIZE = List.of(
            new String[] {" ([,.;:?!%)\\]])", "$1"}, new String[] {"([(\\[$]) ", "$1"},
            new String[] {" ('s|'re|'ve|'ll|'d|n't)\\b", "$1"}, new String[] {"`` ?", "\""},
            new String[] {" ?''", "\""});

    private OfftopicSuite() {}

    /**
     * One document of an off-topic topic.
     *
     * @param id the file name ("5_3ecbplus.xml")
     * @param topic the ECB+ topic number, the key of the dev / held-out split: a topic's stories share their wording
     * @param kind what the topic is about ("sports", "disaster", …), from {@code offtopic-topics.tsv}
     * @param sentences the document's sentences, headline first
     */
    record Document(String id, String topic, String kind, List<String> sentences) {
        Document {
            sentences = List.copyOf(sentences);
        }
    }

    /** The listed topics' documents under {@code ecbplusDev}, by topic and then file name. */
    static List<Document> read(Path ecbplusDev) {
        List<Document> docs = new ArrayList<>();
        for (List<String> row : Lexicon.rows(OfftopicSuite.class, TOPICS, 3, 3)) {
            Path dir = ecbplusDev.resolve(row.get(0));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    docs.add(new Document(name, row.get(0), row.get(1),
                            sentences(Files.readString(f, StandardCharsets.UTF_8), name.endsWith("ecbplus.xml"))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ECB+ topic " + dir, e);
            }
        }
        return docs;
    }

    /** The sentences of one CAT XML document, without the URL sentence 0 of an {@code ecbplus} file. */
    static List<String> sentences(String xml, boolean startsWithUrl) {
        Map<Integer, StringBuilder> bySentence = new TreeMap<>();
        Matcher m = TOKEN.matcher(xml);
        while (m.find()) {
            StringBuilder s = bySentence.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
            if (s.length() > 0) s.append(' ');
            s.append(unescape(m.group(2)));
        }
        List<String> out = new ArrayList<>();
        bySentence.forEach((n, s) -> {
            if (!(startsWithUrl && n == 0)) out.add(detokenize(s.toString()));
        });
        return out;
    }

    static String detokenize(String tokens) {
        String s = tokens;
        for (String[] rule : DETOKENIZE) s = s.replaceAll(rule[0], rule[1]);
        return s.strip();
    }

    private static String unescape(String xmlText) {
        return xmlText.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
