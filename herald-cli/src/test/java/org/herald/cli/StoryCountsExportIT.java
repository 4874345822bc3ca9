package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT's counts from a store (#12): one wire story published by three sites and another by two, ingested with the
 * real models into a real Lucene store; the store's GDELT rows count each event across its story (NumMentions,
 * NumSources, NumArticles), which {@code analyze} output, an article at a time, writes as 1, and each story has one
 * root event, the one its lead reports.
 */
class StoryCountsExportIT {
    /** The lead (over Lead.SHORT_PARAGRAPH_CHARS, so it is the first paragraph alone) reports the meeting only. */
    private static final String TALKS = """
            <h1>Russia and Germany hold first talks in a year</h1>
            <p>Russian Foreign Minister Sergei Lavrov met German Foreign Minister Annalena Baerbock in Geneva on \
            Monday, the first talks between the two governments in more than a year.</p>
            <p>On Sunday, Ukrainian forces attacked Russian positions near Donetsk, hours before the ministers \
            arrived in Switzerland for the meeting.</p>
            <p>France condemned the attack on Sunday evening and urged both sides to return to the negotiating \
            table in the coming weeks.</p>
            <p>The ministers spoke for three hours at a hotel beside the lake and agreed to meet again before the \
            summer, diplomats from both delegations said afterwards.</p>
            """;
    private static final String VISIT = """
            <h1>Japan's prime minister visits Australia</h1>
            <p>Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Canberra on \
            Tuesday, the first visit by a Japanese leader to Australia in more than two years.</p>
            <p>The two governments are expected to sign an agreement on defence cooperation and on the supply of \
            liquefied natural gas before the visit ends on Wednesday.</p>
            <p>China criticised the planned agreement on Monday, calling it a threat to peace in the region.</p>
            """;
    private static final List<String> TALKS_HOSTS = List.of("news-a.example", "news-b.example", "news-c.example");
    private static final List<String> VISIT_HOSTS = List.of("news-a.example", "news-d.example");

    @TempDir
    static Path dir;
    static List<String> header;
    static List<String[]> rows = new ArrayList<>();

    @BeforeAll
    static void ingestAndExport() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String host : TALKS_HOSTS) {
            write(pages, host, "world/2024/03/04/geneva-talks", "2024-03-04T10:00:00Z", TALKS);
        }
        for (String host : VISIT_HOSTS) {
            write(pages, host, "asia/2024/03/05/kishida-canberra", "2024-03-05T08:00:00Z", VISIT);
        }
        Path store = dir.resolve("store");
        CliRun ingest = CliRun.run("ingest", "--store", store.toString(), pages.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        CliRun export = CliRun.run("export", "--store", store.toString(), "--format", "gdelt", "--modes", "all",
                "--header");
        assertEquals(0, export.exitCode(), export.err());
        List<String> lines = export.outLines();
        header = Arrays.asList(lines.get(0).split("\t"));
        for (String line : lines.subList(1, lines.size())) rows.add(line.split("\t", -1));
    }

    /** The same story on another site: the same words, another page around them (the host, the site's own frame). */
    private static void write(Path pages, String host, String path, String published, String story)
            throws IOException {
        String url = "https://" + host + "/" + path;
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <meta property="article:published_time" content="%s">
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <article>
                %s</article>
                <footer>Copyright %s</footer>
                </body></html>
                """.formatted(story.lines().findFirst().orElseThrow().replaceAll("<[^>]+>", ""), url, published,
                story, host);
        Files.writeString(pages.resolve(host + "-" + path.replace('/', '-') + ".html"), html);
    }

    private static String cell(String[] row, String column) {
        return row[header.indexOf(column)];
    }

    /** The story's rows: those whose SOURCEURL ends with the story's path on any of its sites. */
    private static List<String[]> story(String path) {
        return rows.stream().filter(r -> cell(r, "SOURCEURL").endsWith(path)).toList();
    }

    private static String event(String[] row) {
        return cell(row, "EventCode") + " " + cell(row, "Actor1Code") + " " + cell(row, "Actor2Code") + " "
                + cell(row, "Day");
    }

    @Test
    void theLeadEventOfAStoryOnThreeSitesIsCountedOnAllThree() {
        List<String[]> talks = story("geneva-talks");
        assertEquals(TALKS_HOSTS.size(), talks.stream().map(r -> cell(r, "SOURCEURL")).distinct().count());
        List<String[]> meeting = talks.stream().filter(r -> event(r).startsWith("040 RUSGOV DEUGOV")).toList();
        assertEquals(3, meeting.size(), "one row per article of the story");
        for (String[] r : meeting) {
            assertEquals("3", cell(r, "NumArticles"), String.join("\t", r));
            assertEquals("3", cell(r, "NumSources"), String.join("\t", r));
            assertEquals("3", cell(r, "NumMentions"), String.join("\t", r));
            assertEquals("1", cell(r, "IsRootEvent"), String.join("\t", r));
        }
    }

    @Test
    void everyEventIsCountedWithinItsOwnStoryOnly() {
        for (String[] r : story("geneva-talks")) {
            assertEquals("3", cell(r, "NumArticles"), String.join("\t", r));
            assertEquals("3", cell(r, "NumSources"), String.join("\t", r));
        }
        List<String[]> visit = story("kishida-canberra");
        assertTrue(!visit.isEmpty(), "the second story has events");
        for (String[] r : visit) {
            assertEquals("2", cell(r, "NumArticles"), String.join("\t", r));
            assertEquals("2", cell(r, "NumSources"), String.join("\t", r));
        }
    }

    @Test
    void eachStoryHasExactlyOneRootEvent() {
        Map<String, Set<String>> rootEvents = new HashMap<>();
        for (String path : List.of("geneva-talks", "kishida-canberra")) {
            Set<String> roots = new TreeSet<>();
            for (String[] r : story(path)) {
                if (cell(r, "IsRootEvent").equals("1")) roots.add(event(r));
            }
            rootEvents.put(path, roots);
        }
        assertEquals(1, rootEvents.get("geneva-talks").size(), rootEvents.toString());
        assertEquals(1, rootEvents.get("kishida-canberra").size(), rootEvents.toString());
        assertTrue(story("geneva-talks").stream().anyMatch(r -> cell(r, "IsRootEvent").equals("0")),
                "the story's later paragraphs are no lead");
    }
}
