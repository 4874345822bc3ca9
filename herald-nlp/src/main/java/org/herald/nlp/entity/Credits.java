package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Span;

/**
 * Finds photo and reporting credits in a body, whose names are the photographer's, the reporter's and the agency's,
 * not the story's.
 */
final class Credits {
    // A line that starts as a credit: "Photo: Jane Doe/Reuters", "Photograph by Jane Doe", "(AP Photo/Michael Sohn)".
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\s*[(\\[]?\\s*(?:[a-z]+\\s+)?(?:photo|photograph|picture|image)s?\\s*(?::|/|by\\b).*$",
            Pattern.MULTILINE);
    // A credit in brackets at the end of a caption: "Lavrov in Ankara. (AP Photo/Burhan Ozbilici)".
    private static final Pattern CREDIT_BRACKET = Pattern.compile(
            "(?i)\\((?:[a-z]+\\s+)?(?:photo|photograph|picture|image)s?\\s*(?::|/|by\\b)[^)\\n]*\\)");

    // A wire sign-off: "Reporting by John Smith in Moscow; Editing by Jane Roe", on its own line or after a sentence.
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?m)(?:^|(?<=[.!?]\\s))(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by\\b[^\\n]*");

    private Credits() {}

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern p : List.of(CREDIT_LINE, CREDIT_BRACKET, SIGN_OFF)) {
            Matcher m = p.matcher(text);
            while (m.find()) spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    static boolean inside(List<Span> credits, Span span) {
        for (Span c : credits) {
            if (c.overlaps(span)) return true;
        }
        return false;
    }
}
