package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathsListTest {
    @TempDir
    Path dir;

    @Test
    void relativePathsAreUnderTheListsFolderAndAbsoluteOnesStay() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Path list = Files.writeString(lists.resolve("warc.paths"), "crawl-data/CC-NEWS/2024/05/a.warc.gz\n\n"
                + "# a comment\n/data/b.warc.gz\n  c.warc.gz  \n", StandardCharsets.UTF_8);

        assertEquals(List.of(lists.resolve("crawl-data/CC-NEWS/2024/05/a.warc.gz").toAbsolutePath().toString(),
                "/data/b.warc.gz", lists.resolve("c.warc.gz").toAbsolutePath().toString()), PathsList.read(list));
    }

    @Test
    void aGzippedListIsReadAsCommonCrawlPublishesIt() throws IOException {
        Path list = dir.resolve("warc.paths.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(list))) {
            out.write("x.warc.gz\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(dir.resolve("x.warc.gz").toAbsolutePath().toString()), PathsList.read(list));
    }
}
