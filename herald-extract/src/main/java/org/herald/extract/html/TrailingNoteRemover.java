package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Drops the notes a story ends with that are about the story, not part of it: a line about the author or the
 * interviewee ("Manuela Conrad ist ZDF-Reporterin für …", "Jane Doe is a correspondent for …") and a reporting credit
 * ("With files from The Associated Press"). Sites without a class vocabulary for their author box (generated class
 * names) still print these as the last short paragraphs, so they are told by their words ({@code trailing-notes.tsv})
 * and their place: only among the last {@value #TAIL} paragraphs, never a long one. The same sentence inside the story
 * ("Müller ist Korrespondent für …" as a fact) stays.
 */
final class TrailingNoteRemover {
    /** How many paragraphs at the end are looked at. */
    static final int TAIL = 4;
    /** A note is a sentence or two. */
    static final int MAX_NOTE = 300;

    private final Pattern notes;

    private TrailingNoteRemover(Pattern notes) {
        this.notes = notes;
    }

    static TrailingNoteRemover load() {
        List<String> patterns = Lexicon.words(TrailingNoteRemover.class, "trailing-notes.tsv");
        return new TrailingNoteRemover(Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The paragraphs without the trailing notes; a body of fewer than two paragraphs is left alone. */
    List<String> remove(List<String> paragraphs) {
        if (paragraphs.size() < 2) return paragraphs;
        List<String> kept = new ArrayList<>(paragraphs.size());
        int tailStart = Math.max(1, paragraphs.size() - TAIL);
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i >= tailStart && p.length() <= MAX_NOTE && notes.matcher(p.strip()).matches()) continue;
            kept.add(p);
        }
        return kept;
    }
}
