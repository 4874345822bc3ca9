package org.herald.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.herald.archive.ArchiveFiles;

/**
 * The archives a job reads, found on the driver: each input is a file, a folder (searched recursively for
 * {@code .warc}, {@code .warc.gz} and {@code .arc.gz}) or a glob, as a local path or a Hadoop file system URI
 * ({@code hdfs://…}, {@code s3a://…}). A file named outright is read whatever its name; a folder's files only when
 * their names say they are archives, as {@code ./herald extract} finds them.
 */
final class ArchiveInputs {
    private ArchiveInputs() {}

    /**
     * The archives' qualified URIs, sorted and without repeats.
     *
     * @throws IllegalArgumentException when an input matches nothing, or two archives share a file name (the
     *                                  tables are partitioned by it)
     */
    static List<String> find(List<String> inputs, Configuration conf) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            for (FileStatus m : matches) {
                if (m.isFile()) {
                    found.add(m.getPath().toString());
                } else {
                    collect(fs, m.getPath(), found);
                }
            }
        }
        requireDistinctNames(found);
        return new ArrayList<>(found);
    }

    private static void collect(FileSystem fs, Path folder, TreeSet<String> found) throws IOException {
        for (FileStatus s : fs.listStatus(folder)) {
            if (s.isDirectory()) {
                collect(fs, s.getPath(), found);
            } else if (ArchiveFiles.isArchive(java.nio.file.Path.of(s.getPath().getName()))) {
                found.add(s.getPath().toString());
            }
        }
    }

    /** An archive's rows are replaced by its name on a re-run: two files of one name would replace each other's. */
    private static void requireDistinctNames(TreeSet<String> uris) {
        TreeSet<String> names = new TreeSet<>();
        for (String uri : uris) {
            String name = new Path(uri).getName();
            if (!names.add(name)) {
                throw new IllegalArgumentException("two archives are named " + name
                        + ": the tables are partitioned by archive name, give each a name of its own");
            }
        }
    }
}
