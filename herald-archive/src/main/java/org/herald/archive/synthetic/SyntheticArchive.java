package org.herald.archive.synthetic;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a WARC of made-up news pages, gzip per record, laid out as crawlers write them: a request record before
 * each response. Pages carry the furniture of real news sites (navigation, scripts, a footer) around an article
 * of varying length, about 70 KB of HTML each, most of it scripts as on real news sites, so reading speed is
 * measured on record sizes like a crawl's. The same seed gives the same file, record ids included.
 */
public final class SyntheticArchive {
    private static final String[] PLACES = {"Port Emsa", "Ulm Vey", "Tessa", "Lenz", "Karvik", "Odrin"};
    private static final String[] TOPICS = {"ferry dispute", "harbour strike", "budget vote", "bridge repairs",
            "fishing quotas", "school closures", "water prices", "border talks"};

    private SyntheticArchive() {}

    /** Writes {@code pages} page responses (and as many requests) to {@code file}; returns the file's size. */
    public static long write(Path file, int pages, long seed) throws IOException {
        Random random = new Random(seed);
        Instant crawled = Instant.parse("2024-05-06T00:00:00Z");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                String url = "https://news" + (i % 50) + ".example/2024/05/story-" + i;
                Instant at = crawled.plusSeconds(i * 7L);
                byte[] request = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                        + "\r\nUser-Agent: synthetic\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                writer.write(new WarcRequest.Builder(url).recordId(new UUID(random.nextLong(), random.nextLong()))
                        .date(at).body(MediaType.HTTP_REQUEST, request).build());
                byte[] html = page(i, random).getBytes(StandardCharsets.UTF_8);
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + html.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                byte[] http = new byte[head.length + html.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(html, 0, http, head.length, html.length);
                writer.write(new WarcResponse.Builder(url).recordId(new UUID(random.nextLong(), random.nextLong()))
                        .date(at).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return java.nio.file.Files.size(file);
    }

    private static String page(int i, Random random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        StringBuilder html = new StringBuilder(80_000);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(place)
                .append(": ").append(topic).append(", day ").append(i).append("</title>")
                .append("<meta property=\"article:published_time\" content=\"2024-05-0").append(1 + i % 6)
                .append("T08:00:00Z\"><script>");
        // scripts and styles are much of a real page's bytes
        for (int k = 0; k < 1200; k++) {
            html.append("window.cfg").append(k).append("={id:").append(random.nextInt(1_000_000))
                    .append(",slot:'ad-").append(k).append("',lazy:true};");
        }
        html.append("</script></head><body><nav><ul>");
        for (String p : PLACES) html.append("<li><a href=\"/").append(p.replace(' ', '-')).append("\">").append(p)
                .append("</a></li>");
        html.append("</ul></nav><article><h1>").append(place).append(": ").append(topic).append("</h1>");
        int paragraphs = 8 + random.nextInt(25);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>Officials in ").append(place).append(" said on Monday that the ").append(topic)
                    .append(" would be discussed again, after ").append(random.nextInt(500))
                    .append(" residents signed a petition. \"We are listening,\" the mayor told reporters, adding that a "
                    + "decision was expected within weeks and that the council had asked for more time.</p>");
        }
        html.append("</article><footer>");
        for (int k = 0; k < 60; k++) {
            html.append("<a href=\"/section/").append(k).append("\">Section ").append(k).append("</a> ");
        }
        return html.append("<p>© Synthetic News</p></footer></body></html>").toString();
    }
}
