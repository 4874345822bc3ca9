package org.herald.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns a stored original (HTML or text as it was posted) into a page that is safe to show: jsoup's {@link Cleaner}
 * keeps only the tags and attributes of {@link #SAFELIST}, so scripts, event handlers, {@code javascript:} URLs,
 * frames, objects, forms and styles are gone before the browser sees them. The server adds a CSP with
 * {@code sandbox} on top, in case a future jsoup lets something through.
 */
final class OriginalCleaner {
    /**
     * Text structure, tables and http(s)/mailto links. Images are dropped: loading them would call the page's
     * servers (a tracking pixel fires on view) and break the offline promise.
     */
    static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private final Cleaner cleaner = new Cleaner(SAFELIST);

    /** A complete HTML page: a banner saying what this is, then the cleaned body. */
    String page(byte[] original) {
        Document dirty = looksLikeHtml(original) ? parseHtml(original) : textDocument(original);
        Document clean = cleaner.clean(dirty);
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/herald.css");
        page.title("Original (sanitised): " + dirty.title());
        Element banner = page.body().appendElement("p").addClass("original-banner");
        banner.text("Sanitised copy of the stored original: scripts, styles, images, frames, forms and event "
                + "handlers were removed.");
        Element content = page.body().appendElement("div").addClass("original");
        clean.body().childNodes().forEach(n -> content.appendChild(n.clone()));
        return page.outerHtml();
    }

    /** Posted originals are HTML or plain text; HTML (and a BOM-less XML prolog) starts with a tag. */
    private static boolean looksLikeHtml(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }

    private static Document parseHtml(byte[] bytes) {
        try {
            // null charset: jsoup reads the BOM or <meta charset>, else UTF-8, as the extractor does
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document textDocument(byte[] bytes) {
        Document doc = Document.createShell("");
        doc.body().appendElement("pre").text(new String(bytes, StandardCharsets.UTF_8));
        return doc;
    }
}
