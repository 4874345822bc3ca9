package org.herald.extract.html;

/**
 * How hard one extraction attempt leans on class names. A page whose strict attempt yields under
 * {@link #ENOUGH_TEXT} characters is tried again, less strictly: product pages and odd templates name their
 * content "sidebar" or "promo", and losing the body hurts more than keeping a stray box.
 */
enum Strictness {
    /** Remove furniture-named blocks, weight candidates by class, prune inside the article. */
    STRICT(true, true, true),
    /** Keep furniture-named blocks. */
    KEEP_UNLIKELY(false, true, true),
    /** Also ignore class weights. */
    IGNORE_CLASSES(false, false, true),
    /** Also keep everything inside the chosen container. */
    LENIENT(false, false, false);

    /** An article body shorter than this sends the page to the next, less strict attempt. */
    static final int ENOUGH_TEXT = 500;

    final boolean stripUnlikely;
    final boolean weightClasses;
    final boolean prune;

    Strictness(boolean stripUnlikely, boolean weightClasses, boolean prune) {
        this.stripUnlikely = stripUnlikely;
        this.weightClasses = weightClasses;
        this.prune = prune;
    }
}
