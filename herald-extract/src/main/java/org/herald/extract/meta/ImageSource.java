package org.herald.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The real address of an {@code <img>}: lazy-loading pages keep it in {@code data-src} and friends, responsive
 * ones in {@code srcset}, and put a placeholder (a data: URI or a 1-pixel GIF) in {@code src}.
 */
final class ImageSource {
    /** Attributes holding a single image URL, best first; {@code src} last since lazy pages fill it with a stub. */
    private static final List<String> URL_ATTRIBUTES = List.of("data-src", "data-lazy-src", "data-original",
            "data-url", "data-hi-res-src", "data-full-src", "src");
    private static final List<String> SRCSET_ATTRIBUTES = List.of("data-srcset", "srcset", "data-lazy-srcset");
    // "a.jpg 480w, b.jpg 1024w" or "a.jpg 1x, b.jpg 2x"
    private static final Pattern SRCSET_ENTRY = Pattern.compile("(\\S+?)(?:\\s+(\\d+(?:\\.\\d+)?)([wx]))?\\s*(?:,|$)");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^data:|blank\\.gif|spacer|pixel\\.|1x1|placeholder|"
            + "transparent\\.(?:gif|png)|grey\\.gif|lazy\\.(?:gif|png|svg)");

    private ImageSource() {}

    /** The absolute http(s) URL of the image, or empty when there is only a placeholder. */
    static Optional<String> url(Element img) {
        for (String attribute : SRCSET_ATTRIBUTES) {
            Optional<String> best = largest(img.attr(attribute)).flatMap(u -> absolute(img, u));
            if (best.isPresent()) {
                return best;
            }
        }
        Element picture = img.parent();
        if (picture != null && picture.tagName().equals("picture")) {
            for (Element source : picture.select("source[srcset], source[data-srcset]")) {
                Optional<String> best = largest(source.hasAttr("data-srcset") ? source.attr("data-srcset")
                        : source.attr("srcset")).flatMap(u -> absolute(img, u));
                if (best.isPresent()) {
                    return best;
                }
            }
        }
        for (String attribute : URL_ATTRIBUTES) {
            String value = img.attr(attribute).strip();
            if (!value.isEmpty() && !PLACEHOLDER.matcher(value).find()) {
                Optional<String> url = absolute(img, value);
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> largest(String srcset) {
        if (srcset.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        double bestSize = -1;
        Matcher m = SRCSET_ENTRY.matcher(srcset.strip());
        while (m.find()) {
            if (m.group(1).isEmpty() || PLACEHOLDER.matcher(m.group(1)).find()) {
                continue;
            }
            double size = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
            if (size > bestSize) {
                best = m.group(1);
                bestSize = size;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> absolute(Element img, String url) {
        String base = img.baseUri();
        Optional<String> resolved = Links.absolute(url, base);
        if (resolved.isEmpty() && url.startsWith("//")) {
            return Optional.of("https:" + url);
        }
        return resolved.filter(u -> !u.toLowerCase(Locale.ROOT).startsWith("data:"));
    }
}
