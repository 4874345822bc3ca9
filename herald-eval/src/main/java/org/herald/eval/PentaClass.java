package org.herald.eval;

import java.util.List;

/**
 * The five coarse CAMEO classes the ConfliBERT and CAMEO_ConfliBERT annotation use ("PentaClass"), with the CAMEO
 * roots each holds, as {@code shared/eval/events/conflibert-train/README.md} tabulates them. Not GDELT's QuadClass:
 * there 01-05 are all verbal cooperation and 16 is material conflict.
 */
enum PentaClass {
    STATEMENT("Make a Statement"),
    VERBAL_COOPERATION("Verbal Cooperation"),
    MATERIAL_COOPERATION("Material Cooperation"),
    VERBAL_CONFLICT("Verbal Conflict"),
    MATERIAL_CONFLICT("Material Conflict");

    static final List<PentaClass> ALL = List.of(values());

    private final String label;

    PentaClass(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The class of a CAMEO code by its root: 01-02, 03-05, 06-08, 09-13 and 16, 14-15 and 17-20. */
    static PentaClass of(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, Math.min(2, cameo.length())));
        if (root <= 2) return STATEMENT;
        if (root <= 5) return VERBAL_COOPERATION;
        if (root <= 8) return MATERIAL_COOPERATION;
        if (root <= 13 || root == 16) return VERBAL_CONFLICT;
        return MATERIAL_CONFLICT;
    }

    /** The class of a label 0-4 of {@code cameo_class/train.tsv}. */
    static PentaClass ofLabel(int label) {
        return values()[label];
    }
}
