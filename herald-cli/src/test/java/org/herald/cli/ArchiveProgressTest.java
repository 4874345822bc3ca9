package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveProgressTest {
    @TempDir
    Path dir;

    @Test
    void savedProgressIsWhatTheSnapshotBeforeTheCommitHeld() throws IOException {
        Path warc = Files.write(dir.resolve("a.warc.gz"), new byte[100]);
        ArchiveProgress p = ArchiveProgress.load(dir);
        p.done(new SourceDocument.ArchiveMark(warc, 10));
        p.done(new SourceDocument.ArchiveMark(warc, 40));
        List<String> beforeCommit = p.snapshot();
        p.done(new SourceDocument.ArchiveMark(warc, 70)); // dealt with while the commit ran: not yet durable
        p.save(beforeCommit);

        assertEquals(OptionalLong.of(40), ArchiveProgress.load(dir).resumeAfter(warc));
    }

    @Test
    void anArchiveOfAnotherSizeSinceIsReadFromTheStart() throws IOException {
        Path warc = Files.write(dir.resolve("b.warc.gz"), new byte[100]);
        ArchiveProgress p = ArchiveProgress.load(dir);
        p.done(new SourceDocument.ArchiveMark(warc, 50));
        p.save(p.snapshot());
        Files.write(warc, new byte[200]);

        assertEquals(OptionalLong.empty(), ArchiveProgress.load(dir).resumeAfter(warc));
    }

    @Test
    void aDamagedLineIsIgnored() throws IOException {
        Path warc = Files.write(dir.resolve("c.warc.gz"), new byte[100]);
        Files.writeString(dir.resolve(ArchiveProgress.FILE_NAME), "not\ta number\t" + warc.toAbsolutePath() + "\n");
        assertEquals(OptionalLong.empty(), ArchiveProgress.load(dir).resumeAfter(warc));
    }
}
