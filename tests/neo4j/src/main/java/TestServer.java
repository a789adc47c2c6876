import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an in-process Neo4j Community server with Bolt on 127.0.0.1:PORT, writes its
 * bolt URI to READY_FILE once it accepts connections, and runs until killed or until
 * standard input closes (so it never outlives the test run that started it).
 * With --auth, authentication is on as in production: user neo4j, initial password
 * "neo4j", which the client must change before it can do anything else.
 * With --workdir DIR the server keeps its files in a new folder under DIR (left behind
 * if the process is killed), and --copy-from FOLDER starts from such a folder's
 * databases: together they let a test kill the server mid-load and bring it back.
 */
public final class TestServer {
    /** The harness's own default is an 8 MiB page cache; a production server sizes it to hold
     *  the store, as docker-compose.yml does (on the write bench it made no measurable difference). */
    private static final long PAGE_CACHE_BYTES = 512L * 1024 * 1024;

    private static String option(java.util.List<String> flags, String name) {
        int i = flags.indexOf(name);
        return i >= 0 && i + 1 < flags.size() ? flags.get(i + 1) : null;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path ready = Path.of(args[1]);
        java.util.List<String> flags = java.util.Arrays.asList(args).subList(2, args.length);
        boolean watchStdin = flags.contains("--stdin");
        boolean auth = flags.contains("--auth");
        String workdir = option(flags, "--workdir");
        String copyFrom = option(flags, "--copy-from");
        Neo4jBuilder builder = workdir == null ? Neo4jBuilders.newInProcessBuilder()
                : Neo4jBuilders.newInProcessBuilder(Path.of(workdir));
        if (copyFrom != null) {
            builder = builder.copyFrom(Path.of(copyFrom));
        }
        Neo4j server = builder
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(HttpConnector.enabled, false)
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                .withConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .withDisabledServer()
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Files.writeString(ready, server.boltURI().toString());
        System.out.println("neo4j test server ready at " + server.boltURI());
        if (watchStdin) {
            while (System.in.read() != -1) { }
            System.exit(0);
        }
        Thread.currentThread().join();
    }
}
