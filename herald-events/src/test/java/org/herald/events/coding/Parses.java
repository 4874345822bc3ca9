package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Span;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Hand-written parses for unit tests, in the shape CoreNLP gives them: tokens as "text/lemma/POS" separated by
 * spaces, dependencies as "rel(governor,dependent)" with -1 for the root.
 */
final class Parses {
    private static final Pattern DEP = Pattern.compile("([a-z:]+)\\((-?\\d+),(\\d+)\\)");

    private Parses() {}

    static ParsedText text(String tagged, String dependencies) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : tagged.split(" ")) {
            String[] p = t.split("/");
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(p[0]);
            tokens.add(new Token(tokens.size(), new Span(start, text.length()), p[0], p[1], p[2], "O"));
        }
        List<Dependency> deps = new ArrayList<>();
        Matcher m = DEP.matcher(dependencies);
        while (m.find()) {
            deps.add(new Dependency(Integer.parseInt(m.group(2)), m.group(1), Integer.parseInt(m.group(3))));
        }
        Sentence s = new Sentence(0, new Span(0, text.length()), tokens, deps);
        return new ParsedText(text.toString(), List.of(s));
    }

    static Tree tree(String tagged, String dependencies) {
        return new Tree(text(tagged, dependencies).sentences().get(0));
    }
}
