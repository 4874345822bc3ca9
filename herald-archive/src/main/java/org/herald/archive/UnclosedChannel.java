package org.herald.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * The archive's file channel as jwarc sees it: seekable, so jwarc reads record offsets from its position, and
 * never closed by jwarc, so the reader can be replaced after a broken record without reopening the file.
 */
final class UnclosedChannel implements SeekableByteChannel {
    private final FileChannel file;

    UnclosedChannel(FileChannel file) {
        this.file = file;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public int write(ByteBuffer src) {
        throw new UnsupportedOperationException("archives are read only");
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new UnsupportedOperationException("archives are read only");
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public void close() {
        // left open on purpose: the ArchiveReader owns the file and closes it once
    }
}
