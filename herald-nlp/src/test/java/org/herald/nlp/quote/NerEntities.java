package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * A stand-in for the entity stage in tests: runs of NER-tagged tokens become mentions, and a one-word person mention
 * joins the person whose name ends with it ("Lavrov" → "Sergei Lavrov"). No titles, nominals or pronouns.
 */
final class NerEntities {
    private static final Set<String> KEPT = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY");

    private NerEntities() {}

    static List<Entity> of(ParsedText parsed) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                String ner = tokens.get(i).ner();
                if (!KEPT.contains(ner)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(ner)) j++;
                Span span = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
                String text = span.of(parsed.text());
                String key = ner.equals("PERSON") ? personKey(text, mentions.keySet(), types) : text;
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(span, text));
                types.putIfAbsent(key, EntityType.valueOf(ner));
                i = j + 1;
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            out.add(new Entity("e" + (out.size() + 1), e.getKey(), types.get(e.getKey()), Optional.empty(),
                    Optional.empty(), e.getValue()));
        }
        return out;
    }

    private static String personKey(String text, Set<String> known, Map<String, EntityType> types) {
        for (String name : known) {
            if (types.get(name) == EntityType.PERSON && !name.equals(text) && name.endsWith(" " + text)) return name;
        }
        return text;
    }
}
