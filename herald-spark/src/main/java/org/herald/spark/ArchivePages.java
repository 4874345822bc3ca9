package org.herald.spark;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.TaskContext;
import org.herald.archive.ArchiveEntry;
import org.herald.archive.ArchiveReader;
import org.herald.extract.ExtractSettings;
import org.herald.model.Reason;

/**
 * The records of one archive, read on an executor by herald-archive's {@link ArchiveReader}: its pages and its
 * unreadable records, one at a time (an archive of a gigabyte is never held in memory); records that hold no page
 * (revisits, requests, redirects, images) are left out. The reader needs a seekable local file to find the next
 * record after a broken one, so an archive on another file system (HDFS, S3) is copied to the executor's local
 * disk first and deleted when the task ends.
 */
final class ArchivePages implements Iterator<ArchiveRecord>, Closeable {
    private final String name;
    private final ArchiveReader reader;
    private final Optional<File> copy;
    private ArchiveRecord next;
    private boolean closed;

    private ArchivePages(String name, ArchiveReader reader, Optional<File> copy) {
        this.name = name;
        this.reader = reader;
        this.copy = copy;
    }

    /** The archive's records; one failed record when the archive cannot be opened or copied. Never throws. */
    static Iterator<ArchiveRecord> read(String uri, Configuration conf) {
        Path path = new Path(uri);
        String name = path.getName();
        Optional<File> copy = Optional.empty();
        try {
            FileSystem fs = path.getFileSystem(conf);
            File local;
            if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
                local = new File(path.toUri().getPath());
            } else {
                local = Files.createTempFile("herald-", "-" + name).toFile();
                copy = Optional.of(local);
                fs.copyToLocalFile(false, path, new Path(local.toURI()), true);
            }
            ArchiveReader reader = ArchiveReader.open(local.toPath(), name, ExtractSettings.defaults().maxBytes());
            ArchivePages pages = new ArchivePages(name, reader, copy);
            TaskContext task = TaskContext.get();
            if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> pages.close());
            return pages;
        } catch (IOException | RuntimeException e) {
            copy.ifPresent(File::delete);
            ArchiveRecord failed = ArchiveRecord.failed(name, name, Reason.UNREADABLE,
                    uri + ": cannot be read: " + e.getMessage());
            return java.util.List.of(failed).iterator();
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !closed) {
            Optional<ArchiveEntry> e = reader.next();
            if (e.isEmpty()) {
                close();
            } else if (e.get() instanceof ArchiveEntry.Page p) {
                next = ArchiveRecord.page(name, p);
            } else if (e.get() instanceof ArchiveEntry.Failed f) {
                next = ArchiveRecord.failed(name, f.source(), f.reason(), f.detail());
            }
        }
        return next != null;
    }

    @Override
    public ArchiveRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        ArchiveRecord r = next;
        next = null;
        return r;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            reader.close();
        } catch (IOException e) {
            // Read-only: every record was handed on already, and the task's output does not depend on the close.
        } finally {
            copy.ifPresent(File::delete);
        }
    }
}
