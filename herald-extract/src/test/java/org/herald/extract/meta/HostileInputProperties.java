package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.herald.extract.date.DateParser;
import org.herald.extract.date.DatelineParser;
import org.herald.extract.lang.LanguageGuesser;
import org.jsoup.Jsoup;

/** Arbitrary and hostile input never escapes the metadata stages as an exception. */
class HostileInputProperties {
    private final DateParser dates = new DateParser();
    private final DatelineParser datelines = new DatelineParser();
    private final BylineCleaner bylines = new BylineCleaner(dates);
    private final LanguageGuesser languages = new LanguageGuesser();
    private final MetadataReader reader = new MetadataReader();
    private final LeadImageFinder images = new LeadImageFinder();

    @Property(tries = 300)
    void textStagesAcceptAnyString(@ForAll String s) {
        assertNotNull(dates.parse(s));
        assertNotNull(dates.findInText(s));
        assertNotNull(datelines.parse(s));
        assertNotNull(bylines.names(s, Optional.of(s)));
        assertNotNull(languages.guess(s, Optional.of(s)));
    }

    @Property(tries = 200)
    void readerAcceptsAnyMarkupAroundArbitraryValues(@ForAll String value) {
        String html = "<html lang='" + value + "'><head><title>" + value + "</title><meta property='og:image' content='" + value
                + "'><meta name='date' content='" + value + "'><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + value + "\",\"image\":\"" + value + "\"}</script><link rel='canonical' href='" + value
                + "'></head><body><h1>" + value + "</h1><div class='byline'>" + value + "</div><figure><img src='" + value
                + "' srcset='" + value + "'><figcaption>" + value + "</figcaption></figure></body></html>";
        var doc = Jsoup.parse(html, "https://example.org/a/b.html");
        PageMetadata meta = reader.read(doc, Optional.of(value));
        assertNotNull(images.find(doc, Optional.empty(), meta));
    }
}
