package org.herald.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which addresses from stored data may become links: only absolute http(s) URLs with a host. */
final class Links {
    private Links() {}

    static boolean isHttp(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
