package org.herald.eval;

/**
 * The scores of one evaluation page.
 *
 * @param goldHasText whether the gold body has a word: a page scoring F1 0 against an empty gold is no failure
 * @param strayParagraphs our paragraphs that the gold mostly lacks ({@link ShingleOverlap#stray}), in body order:
 *                        what a miss listing shows, so a precision loss can be traced to the block that caused it
 */
record PageResult(String name, ShingleOverlap.Score body, MetadataMatch title, MetadataMatch byline,
                  MetadataMatch published, MetadataMatch language, boolean extracted, boolean goldHasText,
                  java.util.List<String> strayParagraphs) {
    PageResult {
        strayParagraphs = java.util.List.copyOf(strayParagraphs);
    }

    /** Below this body F1 a page counts as catastrophic: the extractor returned the wrong block or nothing. */
    static final double CATASTROPHIC = 0.2;

    boolean catastrophic() {
        return goldHasText && f1() < CATASTROPHIC;
    }

    double f1() {
        double p = body.precision(), r = body.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
