package org.herald.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The URL rules the watcher applies everywhere: http(s) only, no fragment, hosts told apart by port too. */
final class Urls {
    private Urls() {}

    /** An absolute http(s) URL without its fragment, or empty for anything else. */
    static Optional<URI> parse(String text) {
        try {
            return checked(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code link} (absolute, or relative to {@code base}) as an http(s) URL without its fragment, or empty. */
    static Optional<URI> resolve(URI base, String link) {
        try {
            return checked(base.resolve(new URI(link.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> checked(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        if (uri.getRawFragment() != null) {
            String s = uri.toString();
            uri = new URI(s.substring(0, s.indexOf('#')));
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            uri = uri.resolve("/"); // "https://news.example" and "https://news.example/" are one page
        }
        return Optional.of(uri);
    }

    /** The politeness unit: scheme, host and port ("https://news.example:443"), one request at a time each. */
    static String host(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** Where the host's robots.txt lives. */
    static URI robots(URI uri) {
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + "/robots.txt");
    }
}
