package org.herald.extract.text;

import java.util.Optional;

/**
 * Decides the role a line has on its own, from its features: furniture, byline, date, credit, a related-links
 * heading or inline link. Lines it leaves open are content, placed by {@link PageLayout} from their position.
 */
final class LineClassifier {
    private final ScrapedTextSettings settings;

    LineClassifier(ScrapedTextSettings settings) {
        this.settings = settings;
    }

    /** The role the line has wherever it stands, or empty for content (title, standfirst, body, related headline). */
    Optional<ClassifiedLine> evident(LineFeatures f) {
        int i = f.index();
        Optional<String> credit = appendedCredit(f);
        if (credit.isPresent()) {
            return role(i, LineRole.CREDIT, credit.get());
        }
        if (f.furnitureShape().isPresent() || f.repeatsEarlier()) {
            return role(i, LineRole.FURNITURE, f.text());
        }
        if (f.byline()) {
            return role(i, LineRole.BYLINE, f.text());
        }
        if (f.dateOnly()) {
            return role(i, LineRole.DATE, f.text());
        }
        if (f.startCue().orElse(null) == Cue.RELATED_LINK) {
            // "Read more: Storm leaves thousands without power" → the headline; "Read more:" alone → a heading
            return words(f.afterStartCue()) >= 3 ? role(i, LineRole.RELATED, f.afterStartCue())
                    : role(i, LineRole.RELATED_HEADING, f.text());
        }
        if (relatedHeading(f)) {
            return role(i, LineRole.RELATED_HEADING, f.text());
        }
        if (creditOnly(f)) {
            return role(i, LineRole.CREDIT, f.text());
        }
        if (furnitureScore(f) >= settings.furnitureThreshold()) {
            return role(i, LineRole.FURNITURE, f.text());
        }
        return Optional.empty();
    }

    /**
     * How strongly the line reads as page furniture; {@link ScrapedTextSettings#furnitureThreshold()} and up is
     * dropped. A cue word alone is not enough in a long sentence, which is where article text mentions cookies.
     */
    int furnitureScore(LineFeatures f) {
        int score = 0;
        if (f.coveredByCues() && f.cues().stream().anyMatch(Cue::furniture)) {
            score += 4; // "Share this articleComments", "FacebookTwitterLinkedin", "ADVERTISEMENT"
        }
        if (f.startCue().map(Cue::furniture).orElse(false)) {
            score += 3; // "Sign up for our newsletter …", "Follow us on …", "Click here to …"
        }
        score += Math.min(2, f.weakCues()); // "… you agree to our use of cookies. Privacy policy"
        if (f.cues().contains(Cue.READER) && score > 0 && !quoted(f.text())) {
            score += 1; // "Get the day's top stories delivered to your inbox." (news copy says "you" in quotes)
        }
        if (f.words() <= 3 && !f.endsSentence() && !f.cues().isEmpty()) {
            score += 1; // a stub with a cue: "Print this page"
        }
        if (f.prose(settings.longSentenceWords())) {
            score -= 2; // "Sign up rates fell by a third last year, the ministry said in its report."
        }
        return score;
    }

    /** "You might also like", "Related", "More from Europe" (the last only when little follows the cue). */
    private boolean relatedHeading(LineFeatures f) {
        if (f.coveredByCues() && f.cues().contains(Cue.RELATED_HEADING) && f.cues().stream().noneMatch(Cue::furniture)) {
            return true;
        }
        return f.startCue().orElse(null) == Cue.RELATED_HEADING && words(f.afterStartCue()) <= 3 && !f.endsSentence();
    }

    /** "Copyright Maria Lenz, Kestrel Press via AP", "Photo: Jonas Weir", "Maria Lenz/Reuters". */
    private static boolean creditOnly(LineFeatures f) {
        if (f.creditAt().isEmpty() || f.endsSentence()) {
            return false;
        }
        return f.creditAt().getAsInt() == 0 ? f.words() <= 14 : f.words() <= 8;
    }

    /** "Firefighters … on Monday. Copyright Maria Lenz, Kestrel Press via AP" after the same caption alone. */
    private static Optional<String> appendedCredit(LineFeatures f) {
        return f.extendsPrevious().filter(rest -> rest.length() < f.text().length()
                && (f.creditAt().isPresent() && f.creditAt().getAsInt() >= f.text().length() - rest.length()
                        || words(rest) <= 6));
    }

    private static boolean quoted(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('«') >= 0;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static Optional<ClassifiedLine> role(int index, LineRole role, String text) {
        return Optional.of(new ClassifiedLine(index, role, text));
    }
}
