package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundusSuiteTest {
    @TempDir
    Path suite;

    @Test
    void pagesPairWithTheVersionsInDateOrderAndPrefixPublishersStayApart() throws IOException {
        Path de = Files.createDirectories(suite.resolve("de"));
        page(de, "Bild_2024_01_02.html.gz");
        page(de, "Bild_2023_05_06.html.gz");
        page(de, "BildSport_2024_03_03.html.gz");
        Files.writeString(de.resolve("Bild.json"), "{\"V1\": " + gold("Old") + ", \"V2\": " + gold("New") + "}");
        Files.writeString(de.resolve("BildSport.json"), "{\"V1\": " + gold("Sport") + "}");
        Files.writeString(de.resolve("meta.info"), "{\"Bild_2023_05_06.html.gz\": {\"url\": \"https://bild.example/a\"}}");
        List<FundusSuite.Page> pages = FundusSuite.read(suite);
        assertEquals(List.of("de/Bild_2023_05_06", "de/Bild_2024_01_02", "de/BildSport_2024_03_03"),
                pages.stream().map(FundusSuite.Page::name).toList());
        assertEquals(List.of("Old", "New", "Sport"), pages.stream().map(FundusSuite.Page::title).toList());
        assertEquals("de/Bild", pages.get(1).publisher());
        assertEquals(Optional.of("https://bild.example/a"), pages.get(0).url());
        assertEquals("Lead.\nFirst paragraph.\nSecond paragraph.", pages.get(0).body());
        assertEquals(Optional.of(List.of("Ann Smith")), pages.get(0).authors());
    }

    private static String gold(String title) {
        return "{\"title\": \"" + title + "\", \"authors\": [\"Ann Smith\"], \"publishing_date\": \"2024-01-02 10:00:00\","
                + " \"body\": {\"summary\": [\"Lead.\"], \"sections\": [{\"headline\": [\"Heading\"],"
                + " \"paragraphs\": [\"First paragraph.\", \"Second paragraph.\"]}]}}";
    }

    private static void page(Path dir, String name) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write("<html><body><p>sample page written for this test</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }
}
