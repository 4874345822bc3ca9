package org.herald.extract.text;

import java.util.Objects;

/**
 * A line with its role. {@code text} is the part that serves the role: the credit alone when a caption was
 * repeated with its credit appended, the headline alone of "Read more: &lt;headline&gt;".
 *
 * @param index position among the non-empty lines (after hard-wrapped lines were joined)
 */
public record ClassifiedLine(int index, LineRole role, String text) {
    public ClassifiedLine {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }
}
