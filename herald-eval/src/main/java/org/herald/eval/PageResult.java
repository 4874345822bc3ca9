package org.herald.eval;

/** The scores of one evaluation page. */
record PageResult(String name, ShingleOverlap.Score body, MetadataMatch title, MetadataMatch byline,
                  MetadataMatch published, MetadataMatch language, boolean extracted) {

    double f1() {
        double p = body.precision(), r = body.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
