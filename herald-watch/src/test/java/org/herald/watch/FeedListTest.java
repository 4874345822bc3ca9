package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
    @TempDir
    Path temp;

    @Test
    void commentsAndBlankLinesAreSkippedAndARepeatIsWatchedOnce() throws Exception {
        Path file = temp.resolve("feeds.txt");
        Files.writeString(file, "# world news\nhttps://news.example/rss.xml\n\n  https://wire.example/sitemap.xml  \n"
                + "https://news.example/rss.xml#again\n");
        assertEquals(List.of(URI.create("https://news.example/rss.xml"),
                        URI.create("https://wire.example/sitemap.xml")),
                FeedList.read(file));
    }

    @Test
    void aLineThatIsNoHttpUrlNamesItsLine() throws Exception {
        Path file = temp.resolve("feeds.txt");
        Files.writeString(file, "https://news.example/rss.xml\nftp://files.example/feed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.read(file));
        assertTrue(e.getMessage().contains("feeds.txt:2"), e.getMessage());
    }
}
