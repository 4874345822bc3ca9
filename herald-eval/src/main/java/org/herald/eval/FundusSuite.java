package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Fundus parser test pages (../shared/eval/extraction/fundus, read in place): per country folder,
 * {@code <Publisher>_<YYYY>_<MM>_<DD>.html.gz} pages, {@code <Publisher>.json} with one expected entry per parser
 * version, and {@code meta.info} with each page's URL. A publisher's pages, sorted by date, pair one to one with its
 * JSON keys in file order (the oldest page with {@code V1}), as the suite's README explains.
 */
final class FundusSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAGE = Pattern.compile("(.+)_(\\d{4}_\\d{2}_\\d{2})\\.html\\.gz");

    private FundusSuite() {}

    /**
     * One page and what Fundus's parser for it extracts.
     *
     * @param name {@code <country>/<Publisher>_<date>}, e.g. {@code de/FAZ_2024_04_17}
     * @param publisher {@code <country>/<Publisher>}: the split key, so that one site's templates never sit in
     *                  both halves
     * @param body the summary and the paragraphs joined by newlines, as the README says to compare (section
     *             headlines left out)
     * @param authors empty when that publisher's parser does not extract authors
     */
    record Page(String name, String publisher, Path file, Optional<String> url, String title, String body,
                Optional<List<String>> authors, Optional<String> published) {}

    static List<Page> read(Path suite) {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> countries = Files.list(suite)) {
            for (Path country : countries.filter(Files::isDirectory).sorted().toList()) {
                readCountry(country, pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + suite, e);
        }
        return pages;
    }

    private static void readCountry(Path country, List<Page> pages) throws IOException {
        JsonNode meta = JSON.readTree(country.resolve("meta.info").toFile());
        List<Path> files;
        try (Stream<Path> list = Files.list(country)) {
            files = list.filter(p -> PAGE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        // Publisher names share prefixes (Bild, BildSport), so group by the exact name before the date.
        java.util.Map<String, List<Path>> byPublisher = new java.util.TreeMap<>();
        for (Path f : files) {
            Matcher m = PAGE.matcher(f.getFileName().toString());
            if (m.matches()) byPublisher.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
        }
        for (var entry : byPublisher.entrySet()) {
            Path expected = country.resolve(entry.getKey() + ".json");
            JsonNode versions = JSON.readTree(expected.toFile());
            List<Path> dated = entry.getValue();
            if (versions.size() != dated.size()) {
                throw new IllegalStateException(expected + ": " + versions.size() + " versions for " + dated.size()
                        + " pages");
            }
            Iterator<JsonNode> gold = versions.elements();
            for (Path file : dated) {
                String fileName = file.getFileName().toString();
                pages.add(page(country.getFileName() + "/" + entry.getKey(), file,
                        Optional.ofNullable(meta.path(fileName).path("url").textValue()), gold.next()));
            }
        }
    }

    private static Page page(String publisher, Path file, Optional<String> url, JsonNode gold) {
        StringBuilder body = new StringBuilder();
        gold.path("body").path("summary").forEach(s -> body.append(s.asText()).append('\n'));
        for (JsonNode section : gold.path("body").path("sections")) {
            section.path("paragraphs").forEach(p -> body.append(p.asText()).append('\n'));
        }
        Optional<List<String>> authors = gold.has("authors") ? Optional.of(texts(gold.get("authors"))) : Optional.empty();
        String name = publisher.substring(0, publisher.indexOf('/') + 1)
                + file.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
        return new Page(name, publisher, file, url, gold.path("title").asText(), body.toString().strip(), authors,
                Optional.ofNullable(gold.path("publishing_date").textValue()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }
}
