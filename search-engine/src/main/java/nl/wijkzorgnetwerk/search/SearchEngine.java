package nl.wijkzorgnetwerk.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19.6 node speaking the Elasticsearch-style REST API on 127.0.0.1,
 * started from Maven Central jars.
 *
 * Why not the normal distribution: none can be downloaded on this project's machines,
 * but the server, the HTTP transport, analysis-common and mapper-extras are published as jars. A
 * distribution loads those modules from its modules/ folder; here they are handed to
 * the node as classpath plugins through Node's protected constructor, which is what
 * OpenSearch's own test framework (MockNode) does.
 *
 * Usage: SearchEngine [http-port [home-dir]]; the environment variables
 * SEARCH_ENGINE_PORT and SEARCH_ENGINE_HOME are read when an argument is missing.
 * Stays in the foreground until SIGTERM / Ctrl-C, then closes the node.
 */
public final class SearchEngine {

    private SearchEngine() {
    }

    public static void main(String[] args) throws Exception {
        String port = arg(args, 0, "SEARCH_ENGINE_PORT", "9200");
        Path home = Path.of(arg(args, 1, "SEARCH_ENGINE_HOME", "var/search-engine")).toAbsolutePath();
        Settings settings = settings(port, home);
        // Logging comes from search-engine-log4j2.properties (console, INFO; see run);
        // LogConfigurator.configureWithoutConfig would replace it with an empty setup.
        LogConfigurator.setNodeName("wzn-search-0");

        Node node = new ClasspathNode(settings, home);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, closed), "search-engine-stop"));
        node.start();
        closed.await();
    }

    /** The settings a single development node needs; everything else keeps OpenSearch's defaults. */
    static Settings settings(String port, Path home) throws Exception {
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        Files.createDirectories(data);
        Files.createDirectories(logs);
        return Settings.builder()
            .put("cluster.name", "wzn-search")
            .put("node.name", "wzn-search-0")
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "9300-9400")
            .put("discovery.type", "single-node")
            // A laptop's disk is often >90% full; a dev node should not go read-only for it.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    }

    private static String arg(String[] args, int index, String env, String fallback) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void close(Node node, CountDownLatch closed) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            closed.countDown();
        }
    }

    /** A Node that loads the HTTP transport, analysis-common and mapper-extras from the classpath. */
    static final class ClasspathNode extends Node {
        ClasspathNode(Settings settings, Path home) {
            super(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"), () -> "wzn-search-0"),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, MapperExtrasPlugin.class),
                true
            );
        }
    }
}
