package org.herald.opensearch.node;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link SingleNode} in a child JVM, for tests and the CLI: the node and its Lucene run on their own classpath
 * (this module's jar and its {@code lib/} folder), apart from the caller's, and die with the caller. One node a
 * test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private final Process process;
    private final String url;

    private NodeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts a node on a free port with its data under {@code home}; waits until it answers (at most 120 s). */
    public static NodeProcess start(Path home) throws IOException {
        Objects.requireNonNull(home, "home");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", nodeClasspath(), OpenSearchMain.class.getName(),
                "--data", home.toAbsolutePath().toString(), "--port", "0");
        Path log = Files.createDirectories(home).resolve("node-process.log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        // The child reads nothing; closing its stdin lets it notice nothing but the kill.
        process.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                NodeProcess node = new NodeProcess(process, m.group(1));
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
                return node;
            }
        }
        process.destroyForcibly();
        throw new IOException("OpenSearch node did not start; its log: " + log + "\n" + tail(log));
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return url;
    }

    /** Stops the node (SIGTERM: it closes its indices) and waits for it, at most 60 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** This module's jar and the jars Maven copied beside it; from a class folder, the caller's classpath. */
    static String nodeClasspath() {
        Path code;
        try {
            code = Path.of(SingleNode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path lib = code.resolveSibling("lib");
        if (Files.isRegularFile(code) && Files.isDirectory(lib))
            return code + File.pathSeparator + lib + File.separator + "*";
        return System.getProperty("java.class.path");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
