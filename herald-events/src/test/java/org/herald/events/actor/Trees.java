package org.herald.events.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Hand-built parsed sentences for unit tests, written the way a UD parse reads. */
final class Trees {
    private Trees() {}

    /**
     * A sentence from {@code word/POS} or {@code word/POS/lemma} tokens separated by spaces, and dependencies written
     * {@code "relation governor dependent"} with 0-based token indices (-1 for the root). "'s" and punctuation attach
     * to the previous token without a space, as in running text, and a word after "-" to the hyphen.
     */
    static Sentence sentence(String tagged, String... dependencies) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : tagged.split(" ")) {
            String[] parts = item.split("/");
            String word = parts[0];
            boolean attached = word.equals("'s") || word.matches("\\p{Punct}")
                    || (!tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("-"));
            if (!tokens.isEmpty() && !attached) offset++;
            String lemma = parts.length > 2 ? parts[2] : word.toLowerCase();
            tokens.add(new Token(tokens.size(), new Span(offset, offset + word.length()), word, lemma, parts[1],
                    "O"));
            offset += word.length();
        }
        List<Dependency> deps = new ArrayList<>();
        for (String d : dependencies) {
            String[] p = d.split(" ");
            deps.add(new Dependency(Integer.parseInt(p[1]), p[0], Integer.parseInt(p[2])));
        }
        return new Sentence(0, new Span(0, offset), tokens, deps);
    }

    /** An entity "e1" mentioned once, by the token at {@code index} of {@code sentence}. */
    static Entity entity(Sentence sentence, int index, EntityType type, Optional<String> title,
                         Optional<String> country) {
        Token t = sentence.tokens().get(index);
        return new Entity("e1", t.text(), type, title, country, List.of(new Mention(t.span(), t.text())));
    }
}
