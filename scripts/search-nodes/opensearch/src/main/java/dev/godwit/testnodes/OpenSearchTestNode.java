package dev.godwit.testnodes;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts ONE real OpenSearch 2.x node (single-node discovery, loopback only)
 * with the standard modules on the classpath, and keeps it running until the
 * JVM gets SIGTERM.
 *
 * Usage: OpenSearchTestNode HTTP_PORT TRANSPORT_PORT CLUSTER_NAME BASE_DIR
 * The node's data, logs and config live under BASE_DIR/node_1.
 */
public final class OpenSearchTestNode {
    private OpenSearchTestNode() {
    }

    public static void main(final String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OpenSearchTestNode HTTP_PORT TRANSPORT_PORT CLUSTER_NAME BASE_DIR");
            System.exit(2);
        }
        final String httpPort = args[0];
        final String transportPort = args[1];
        final String clusterName = args[2];
        final String baseDir = args[3];

        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // we pick the port ourselves; no probing
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            // 127.0.0.1 only: the index migration tests reach the Elasticsearch node as "localhost" to
            // prove that a remote the allowlist does not name is reported before anything is created.
            settings.putList("reindex.remote.allowlist", "127.0.0.1:*");
            settings.put("action.auto_create_index", true);
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("error while closing node: " + e);
            }
        }, "godwit-node-shutdown"));

        try {
            runner.build(newConfigs().basePath(baseDir).numOfNode(1).clusterName(clusterName).printOnFailure());
        } catch (final Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.out.println("GODWIT-TEST-NODE-STARTED http=" + httpPort + " transport=" + transportPort);

        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}
