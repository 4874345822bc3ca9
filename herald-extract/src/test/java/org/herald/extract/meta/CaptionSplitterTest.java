package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionSplitterTest {
    private final CaptionSplitter splitter = new CaptionSplitter();

    private void splits(String text, String caption, String credit) {
        assertEquals(new CaptionSplitter.Split(Optional.ofNullable(caption), Optional.ofNullable(credit)),
                splitter.split(text), text);
    }

    @Test
    void labelledCredits() {
        splits("Protesters in Paris. Photo: Jane Doe/Reuters", "Protesters in Paris.", "Jane Doe/Reuters");
        splits("Protesters in Paris. Photograph by Jane Doe", "Protesters in Paris.", "Jane Doe");
        splits("Demonstranten in Berlin. Foto: Hans Meier/dpa", "Demonstranten in Berlin.", "Hans Meier/dpa");
    }

    @Test
    void bracketedAndCopyrightCredits() {
        splits("Rescuers at work (AP Photo/John Smith)", "Rescuers at work", "AP Photo/John Smith");
        splits("Rescuers at work © Agency", "Rescuers at work", "Agency");
        splits("Rescuers at work. Copyright Jane Doe via AP", "Rescuers at work.", "Jane Doe via AP");
    }

    @Test
    void trailingPhotoSource() {
        splits("Rescuers at work. AFP via Getty Images", "Rescuers at work.", "AFP via Getty Images");
        splits("Getty Images", null, "Getty Images");
    }

    @Test
    void captionWithoutCredit() {
        splits("Image shows the dam before it burst", "Image shows the dam before it burst", null);
        splits("The dam, built in 1960 -", "The dam, built in 1960", null);
        splits("  ", null, null);
    }
}
