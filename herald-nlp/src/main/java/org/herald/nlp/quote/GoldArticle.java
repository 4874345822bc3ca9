package org.herald.nlp.quote;

import java.util.List;
import java.util.Objects;

/** An evaluation article: its body text and the quotes annotated in it. */
public record GoldArticle(String name, String text, List<GoldQuote> quotes) {
    public GoldArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
    }
}
