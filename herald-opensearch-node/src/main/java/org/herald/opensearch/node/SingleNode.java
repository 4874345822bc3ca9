package org.herald.opensearch.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real OpenSearch 2.19 node in this JVM, built from Maven jars: single-node discovery, HTTP on the chosen
 * port of 127.0.0.1, data under the given folder, no security plugin. The plugins a distribution loads as
 * modules are passed as classpath plugins instead (netty4 for HTTP and transport, analysis-common for the
 * analyzers an index template may name), which is how OpenSearch's own test framework starts its nodes.
 */
public final class SingleNode implements AutoCloseable {
    private final Node node;

    private SingleNode(Node node) {
        this.node = node;
    }

    /** Starts a node with its data and logs under {@code home}; {@code port} 0 picks a free port. */
    public static SingleNode start(Path home, int port) throws IOException, NodeValidationException {
        Objects.requireNonNull(home, "home");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("bad port " + port);
        Files.createDirectories(home);
        Settings settings = Settings.builder()
                .put("cluster.name", "herald")
                .put("node.name", "herald-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port == 0 ? "0" : Integer.toString(port))
                // transport is only used inside the node; any free port keeps two nodes on one machine apart
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a shared machine's disk may be fuller than OpenSearch's 85 % default watermark
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> "herald-node");
        Node node = new PluginNode(environment).start();
        return new SingleNode(node);
    }

    /** The HTTP address the node listens on, e.g. {@code http://127.0.0.1:9200}. */
    public String url() {
        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        return "http://" + http.boundAddress().publishAddress().address().getHostString() + ":"
                + http.boundAddress().publishAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        node.close();
    }

    /** Node's constructor that takes classpath plugins is protected: the test framework's MockNode does the same. */
    private static final class PluginNode extends Node {
        PluginNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
