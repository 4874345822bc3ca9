package org.herald.opensearch.node;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code herald opensearch --data DIR --port N}: runs one node until SIGTERM or Ctrl-C, printing its URL on
 * stdout once it answers (tests and scripts wait for that line).
 */
public final class OpenSearchMain {
    private OpenSearchMain() {}

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 9200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--help", "-h" -> {
                    System.out.println("usage: herald opensearch --data DIR [--port N]   (port 0: any free port; default 9200)");
                    return;
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (data == null)
            usage("--data DIR is required");
        SingleNode node = SingleNode.start(data.toAbsolutePath(), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("herald opensearch: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("herald opensearch: listening on " + node.url() + " (data " + data + ")");
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length)
            usage(name + " needs a value");
        return args[i];
    }

    private static void usage(String message) {
        System.err.println("herald opensearch: " + message);
        System.err.println("usage: herald opensearch --data DIR [--port N]");
        System.exit(2);
    }
}
