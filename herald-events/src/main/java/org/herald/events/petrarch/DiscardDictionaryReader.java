package org.herald.events.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a discard dictionary: one phrase a line, {@code +} for story-level discards.
 * <pre>
 * BASEBALL                     (sentence discard)
 * +World Golf Championships    (story discard)
 * </pre>
 * A line whose phrase is empty ({@code +} alone) fails with {@code file:line}.
 */
public final class DiscardDictionaryReader {
    private DiscardDictionaryReader() {}

    public static DiscardDictionary read(Path file) {
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        for (DictionaryLines.Line line : DictionaryLines.read(file)) {
            boolean storyLevel = line.text().startsWith("+");
            List<String> words = Words.of(storyLevel ? line.text().substring(1) : line.text());
            if (words.isEmpty()) {
                throw line.error("empty discard phrase");
            }
            (storyLevel ? story : sentence).add(words);
        }
        return new DiscardDictionary(sentence, story);
    }
}
