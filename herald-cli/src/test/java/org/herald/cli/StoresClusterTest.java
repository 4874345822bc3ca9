package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code --opensearch URL} on a cluster that is not there fails with one line naming the URL (issue 14). */
class StoresClusterTest {
    @Test
    void anUnreachableClusterIsAnIOExceptionNamingItsUrl() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;
        IOException e = assertThrows(IOException.class, () -> Stores.openCluster(url));
        assertTrue(e.getMessage().startsWith("OpenSearch " + url + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theOpenerPicksTheClusterOnlyWhenAUrlIsGiven() throws IOException {
        StoreAccess.StoreOpener folder = dir -> {
            throw new IOException("folder opener");
        };
        IOException e = assertThrows(IOException.class,
                () -> Stores.opener(java.util.Optional.empty(), folder).open(java.nio.file.Path.of("x")));
        assertTrue(e.getMessage().equals("folder opener"));
        IOException cluster = assertThrows(IOException.class,
                () -> Stores.opener(java.util.Optional.of("http://127.0.0.1:1"), folder).open(java.nio.file.Path.of("x")));
        assertTrue(cluster.getMessage().startsWith("OpenSearch http://127.0.0.1:1"), cluster.getMessage());
    }
}
