package org.herald.eval;

/**
 * The scores of one evaluation page.
 *
 * @param goldHasText whether the gold body has a word: a page scoring F1 0 against an empty gold is no failure
 */
record PageResult(String name, ShingleOverlap.Score body, MetadataMatch title, MetadataMatch byline,
                  MetadataMatch published, MetadataMatch language, boolean extracted, boolean goldHasText) {
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
