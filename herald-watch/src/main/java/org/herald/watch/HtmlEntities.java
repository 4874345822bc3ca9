package org.herald.watch;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Many feeds use HTML's named entities ({@code &nbsp;}, {@code &eacute;}) that XML never declared, and a strict
 * parser refuses the whole feed for one of them. This turns each into its numeric reference, which any XML
 * parser reads, using jsoup's table of HTML entities. Works on the bytes of any ASCII-compatible encoding.
 */
final class HtmlEntities {
    private static final Set<String> XML_OWN = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");

    private HtmlEntities() {}

    /** The bytes with every HTML named entity XML does not know replaced by {@code &#N;}; the same array if none. */
    static byte[] numeric(byte[] xml) {
        // ISO-8859-1 maps bytes to chars one to one: the bytes outside the entities come back unchanged
        String text = new String(xml, StandardCharsets.ISO_8859_1);
        Matcher m = NAMED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (m.find()) {
            String name = m.group(1);
            String value = XML_OWN.contains(name) ? "" : Entities.getByName(name);
            if (value.isEmpty()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            StringBuilder refs = new StringBuilder();
            value.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
            m.appendReplacement(out, Matcher.quoteReplacement(refs.toString()));
            changed = true;
        }
        if (!changed) {
            return xml;
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
