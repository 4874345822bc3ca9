package org.herald.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and broken documents: each ends as Ok or as Failed with the right reason, never as an exception. */
class ArticleExtractorBadInputTest {
    private static final String PARAGRAPH = "The council met on Tuesday and voted to repair the harbour wall before"
            + " the winter storms, the mayor said after a long debate with residents.";

    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    private Outcome<Article> extract(byte[] bytes, RawDocument.Format format) {
        return extractor.extract(new RawDocument("test", bytes, Optional.empty(), format));
    }

    private static Article ok(Outcome<Article> outcome) {
        if (outcome instanceof Outcome.Ok<Article> ok) {
            return ok.value();
        }
        return fail("expected Ok, got " + outcome);
    }

    private static void failsWith(Reason reason, Outcome<Article> outcome) {
        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, outcome);
        assertEquals(reason, failed.reason(), failed.detail());
        assertFalse(failed.detail().isBlank());
    }

    @Test
    void emptyDocumentFailsAsEmpty() {
        failsWith(Reason.EMPTY, extract(new byte[0], RawDocument.Format.AUTO));
        failsWith(Reason.EMPTY, extract(new byte[0], RawDocument.Format.HTML));
    }

    @Test
    void whiteSpaceOnlyFailsAsEmpty() {
        failsWith(Reason.EMPTY, extract(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT));
    }

    @Test
    void pngImageFailsAsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        failsWith(Reason.NOT_TEXT, extract(png, RawDocument.Format.HTML));
    }

    @Test
    void randomBytesWithNulsFailAsNotText() {
        byte[] noise = new byte[10_000];
        new Random(42).nextBytes(noise);
        noise[100] = 0;
        failsWith(Reason.NOT_TEXT, extract(noise, RawDocument.Format.AUTO));
    }

    @Test
    void htmlCutMidTagStillYieldsTheText() {
        String html = "<html><body><article><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p><div class=\"sha";
        Article a = ok(extract(html.getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML));
        assertTrue(a.body().contains("harbour wall"), a.body());
    }

    @Test
    void utf8BytesDeclaredLatin1AreReadAsUtf8() {
        String html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Café müde: " + PARAGRAPH
                + "</p></body></html>";
        Article a = ok(extract(html.getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML));
        assertTrue(a.body().contains("Café müde"), a.body());
    }

    @Test
    void windows1252BytesDeclaredUtf8AreReadAsWindows1252() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>“Café müde”: " + PARAGRAPH
                + "</p></body></html>";
        Article a = ok(extract(html.getBytes(Charset.forName("windows-1252")), RawDocument.Format.HTML));
        assertTrue(a.body().contains("“Café müde”"), a.body());
    }

    /** Found by this test: the declared charset won over the ASCII bytes the declaration itself was read from. */
    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "utf-16le", "utf-32", "IBM037"})
    void asciiPageDeclaringAnAsciiIncompatibleCharsetKeepsItsText(String declared) {
        String html = "<html><head><meta charset=\"" + declared + "\"></head><body><p>" + PARAGRAPH
                + "</p></body></html>";
        Article a = ok(extract(html.getBytes(StandardCharsets.US_ASCII), RawDocument.Format.HTML));
        assertTrue(a.body().contains("harbour wall"), a.body());
    }

    @Test
    void fiftyMegabytePageUnderTheLimitIsExtracted() {
        StringBuilder sb = new StringBuilder(52 << 20).append("<html><body><article>");
        while (sb.length() < 50_000_000) {
            sb.append("<p>").append(PARAGRAPH).append("</p>\n");
        }
        sb.append("</article></body></html>");
        Outcome<Article> outcome = extract(sb.toString().getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML);
        assertTrue(ok(outcome).paragraphs().size() > 100_000);
    }

    @Test
    void tenThousandNestedDivsStillYieldTheText() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) {
            sb.append("<div>level ").append(i).append(' ');
        }
        sb.append("<p>").append(PARAGRAPH).append("</p>");
        sb.append("</div>".repeat(10_000)).append("</body></html>");
        Outcome<Article> outcome = extract(sb.toString().getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML);
        assertTrue(ok(outcome).body().contains("harbour wall"));
    }

    @Test
    void navigationOnlyPageHasNoMainText() {
        String html = "<html><head><title>Menu</title></head><body><nav><ul><li><a href=\"/a\">News</a></li>"
                + "<li><a href=\"/b\">Sport</a></li><li><a href=\"/c\">Weather</a></li></ul></nav></body></html>";
        failsWith(Reason.NO_MAIN_TEXT, extract(html.getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML));
    }

    @Test
    void pageOverTheLimitFailsAsTooLarge() {
        ArticleExtractor small = new ArticleExtractor(new ExtractSettings(1000));
        byte[] page = ("<html><body><p>" + PARAGRAPH.repeat(20) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        Outcome<Article> outcome = small.extract(new RawDocument("big", page, Optional.empty(),
                RawDocument.Format.HTML));
        failsWith(Reason.TOO_LARGE, outcome);
    }
}
