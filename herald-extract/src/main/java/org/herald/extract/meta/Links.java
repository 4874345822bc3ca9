package org.herald.extract.meta;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/** Links found in metadata and markup, made absolute against the page they were found on. */
final class Links {
    private Links() {}

    /** An http(s) URL, resolved against the page; empty for javascript:, data: and unparseable links. */
    static Optional<String> absolute(String url, String base) {
        String link = url.strip();
        String resolved;
        try {
            resolved = base.isBlank() ? new URI(link).toString() : new URI(base).resolve(link).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Browsers accept spaces, pipes and brackets in links that URI rejects; URL is as lenient as they are.
            try {
                resolved = base.isBlank() ? new URL(link).toString() : new URL(new URL(base), link).toString();
            } catch (MalformedURLException malformed) {
                return Optional.empty();
            }
        }
        String lower = resolved.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(resolved) : Optional.empty();
    }
}
