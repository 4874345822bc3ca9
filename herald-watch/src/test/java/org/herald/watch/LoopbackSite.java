package org.herald.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * One web host for tests, on 127.0.0.1 and a port of its own (the watcher tells hosts apart by port): paths answer
 * with what a test puts there, and every request is recorded with the time it arrived. Nothing leaves the machine.
 */
final class LoopbackSite implements AutoCloseable {
    /** A request as the server saw it. */
    record Request(String path, long nanos, Headers headers) {
        String header(String name) {
            String v = headers.getFirst(name);
            return v == null ? "" : v;
        }
    }

    /** Answers one request. */
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> paths = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String path = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            synchronized (requests) {
                requests.add(new Request(path, System.nanoTime(), exchange.getRequestHeaders()));
            }
            try {
                Handler h = paths.get(path);
                if (h == null) {
                    send(exchange, 404, "text/plain", "not here");
                } else {
                    h.handle(exchange);
                }
            } catch (IOException e) {
                // the client went away (a timeout or a cap): nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    LoopbackSite on(String path, Handler handler) {
        paths.put(path, handler);
        return this;
    }

    LoopbackSite page(String path, String contentType, String body) {
        return on(path, x -> send(x, 200, contentType, body));
    }

    /** A feed that answers 304 to a request with its ETag or its Last-Modified. */
    LoopbackSite feed(String path, String contentType, String body, String etag, String lastModified) {
        return on(path, x -> {
            Headers in = x.getRequestHeaders();
            boolean same = etag != null && etag.equals(in.getFirst("If-None-Match"))
                    || etag == null && lastModified != null && lastModified.equals(in.getFirst("If-Modified-Since"));
            if (etag != null) {
                x.getResponseHeaders().set("ETag", etag);
            }
            if (lastModified != null) {
                x.getResponseHeaders().set("Last-Modified", lastModified);
            }
            if (same) {
                x.sendResponseHeaders(304, -1);
            } else {
                send(x, 200, contentType, body);
            }
        });
    }

    LoopbackSite redirect(String path, int status, String location) {
        return on(path, x -> {
            x.getResponseHeaders().set("Location", location);
            x.sendResponseHeaders(status, -1);
        });
    }

    static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", contentType);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The shortest gap between two requests that arrived here, in milliseconds (a large number for fewer than two). */
    double shortestGapMillis() {
        List<Request> all = new ArrayList<>(requests());
        all.sort(java.util.Comparator.comparingLong(Request::nanos));
        double shortest = Double.MAX_VALUE;
        for (int i = 1; i < all.size(); i++) {
            shortest = Math.min(shortest, (all.get(i).nanos() - all.get(i - 1).nanos()) / 1e6);
        }
        return shortest;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
