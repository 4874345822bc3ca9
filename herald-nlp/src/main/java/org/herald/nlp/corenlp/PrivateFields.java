package org.herald.nlp.corenlp;

import java.lang.reflect.Field;

/**
 * Reads CoreNLP fields it keeps private: nndep's transition system, classifier and precomputed table, which
 * {@link TransitionParser} needs and CoreNLP 4.5 has no accessor for. A CoreNLP upgrade that renames one fails
 * here, at model load, with the field's name.
 */
final class PrivateFields {
    private PrivateFields() {}

    static Object read(Object owner, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + declaring.getSimpleName() + "." + name
                    + " is not where CoreNLP 4.5 keeps it", e);
        }
    }
}
