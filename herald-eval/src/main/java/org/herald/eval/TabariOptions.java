package org.herald.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TABARI run-time options ({@code { OPTION: ... }} records) that the TABARI evaluation can honour around the
 * PETRARCH-style coder, which has no such settings of its own:
 * <ul>
 * <li>{@code SET: MINIMUM WORDS = n}: a record of fewer words is not coded;</li>
 * <li>{@code SET: CODE BY SENTENCE}: only a sentence's first event is kept; {@code CODE BY CLAUSE} and
 * {@code CODE ALL} both keep every event, since the coder already codes each verb of each clause;</li>
 * <li>{@code SET: CONVERT AGENT = TRUE}: an agent found without an actor is written {@code ~MOS}, not
 * {@code ---MOS} (CONV-01: "ties with the Muslims" → ~MOS).</li>
 * </ul>
 * Every other option (DEFAULT actors, TIME SHIFT, FORWARD, COMMA, YYYY, COMPLEX, OUTPUT) changes TABARI's shallow
 * parser or its output and is reported as unsupported.
 *
 * @param minimumWords 0 for no minimum
 */
record TabariOptions(int minimumWords, boolean firstEventOnly, boolean convertAgents) {
    private static final Pattern MINIMUM_WORDS = Pattern.compile("SET:\\s*MINIMUM WORDS\\s*=\\s*(\\d+)");
    private static final Pattern CONVERT_AGENT = Pattern.compile("SET:\\s*CONVERT\\s+AGENT\\s*=\\s*(TRUE|FALSE)");

    /**
     * No minimum, every event: Validate.options leaves {@code SET: MINIMUM WORDS} commented out. TABARI's built-in
     * minimum is not documented in the suite; MINWRD-01 implies one above four words, and we do not guess it.
     */
    static TabariOptions defaults() {
        return new TabariOptions(0, false, false);
    }

    /** What one option line gives. */
    record Applied(TabariOptions options, boolean supported) {}

    /** Applies {@code "OPTION: SET: MINIMUM WORDS = 4"}; an option we cannot honour leaves these unchanged. */
    Applied apply(String option) {
        String o = option.replaceFirst("^OPTION:\\s*", "").strip().toUpperCase(Locale.ROOT);
        Matcher m = MINIMUM_WORDS.matcher(o);
        if (m.matches()) {
            return new Applied(new TabariOptions(Integer.parseInt(m.group(1)), firstEventOnly, convertAgents), true);
        }
        Matcher convert = CONVERT_AGENT.matcher(o);
        if (convert.matches()) {
            return new Applied(new TabariOptions(minimumWords, firstEventOnly, convert.group(1).equals("TRUE")), true);
        }
        return switch (o.replaceAll("\\s+", " ")) {
            case "SET: CODE BY SENTENCE" -> new Applied(new TabariOptions(minimumWords, true, convertAgents), true);
            case "SET: CODE BY CLAUSE", "SET: CODE ALL" ->
                    new Applied(new TabariOptions(minimumWords, false, convertAgents), true);
            default -> new Applied(this, false);
        };
    }

    /** "Gondor's planes attacked Osgiliath." has four words: words are what spaces separate, as TABARI counts them. */
    boolean tooShort(String text) {
        return minimumWords > 0 && text.strip().split("\\s+").length < minimumWords;
    }

    /** "---MOS" → "~MOS" under CONVERT AGENT; an actor's code, or "---" alone (no actor, no agent), is kept. */
    String actorCode(String code) {
        return convertAgents && code.startsWith("---") && code.length() > 3 ? "~" + code.substring(3) : code;
    }
}
