package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Names in a parsed text: runs of tokens with the same parser NER tag, retyped by our place tables when the parser
 * is wrong ("Kyiv" tagged PERSON is a CITY), plus country, city and demonym names the parser left untagged.
 * TITLE tokens are roles, not entities; DATE, NUMBER and MISC are not entities here.
 */
final class NameFinder {
    private final Places places;

    NameFinder(Places places) {
        this.places = places;
    }

    List<NameMention> find(ParsedText parsed, List<Span> credits) {
        List<NameMention> out = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (Credits.inside(credits, t.span())) {
                    i++;
                    continue;
                }
                Optional<EntityType> tagged = entityType(t.ner());
                int end = tagged.isPresent() ? runEnd(tokens, i) : tableRunEnd(parsed.text(), tokens, i);
                if (end > i) {
                    Span span = new Span(t.span().start(), tokens.get(end - 1).span().end());
                    String text = span.of(parsed.text());
                    EntityType type = placeType(text).or(() -> tagged).orElseThrow();
                    out.add(new NameMention(s.index(), i, end, type, span, text));
                    i = end;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The type our tables give a name, which wins over the parser's: "Kyiv" is a city, "Russian" a nationality. */
    Optional<EntityType> placeType(String name) {
        if (places.countryNamed(name).isPresent()) return Optional.of(EntityType.COUNTRY);
        if (places.city(name).isPresent()) return Optional.of(EntityType.CITY);
        if (places.countryOfDemonym(name).isPresent()) return Optional.of(EntityType.NATIONALITY);
        return Optional.empty();
    }

    private static int runEnd(List<Token> tokens, int first) {
        String ner = tokens.get(first).ner();
        int end = first + 1;
        while (end < tokens.size() && tokens.get(end).ner().equals(ner)) end++;
        return end;
    }

    // Untagged "U.S." or "Kiev": the longest run of untagged, capitalised-first tokens that is a name in our tables.
    private int tableRunEnd(String text, List<Token> tokens, int first) {
        String word = tokens.get(first).text();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return first;
        for (int end = Math.min(tokens.size(), first + places.longestName()); end > first; end--) {
            if (tokens.get(end - 1).isNamed()) continue;
            String name = text.substring(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
            if (placeType(name).isPresent() && untagged(tokens, first, end)) return end;
        }
        return first;
    }

    private static boolean untagged(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (tokens.get(i).isNamed()) return false;
        }
        return true;
    }

    static Optional<EntityType> entityType(String ner) {
        switch (ner) {
            case "PERSON": return Optional.of(EntityType.PERSON);
            case "ORGANIZATION": return Optional.of(EntityType.ORGANIZATION);
            case "LOCATION": return Optional.of(EntityType.LOCATION);
            case "COUNTRY": return Optional.of(EntityType.COUNTRY);
            case "CITY": return Optional.of(EntityType.CITY);
            case "STATE_OR_PROVINCE": return Optional.of(EntityType.STATE_OR_PROVINCE);
            case "NATIONALITY": return Optional.of(EntityType.NATIONALITY);
            default: return Optional.empty();
        }
    }
}
