package dev.ticketing.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged suite, started and stopped with the project's own {@code ./ticketing} script, on ports shifted by
 * 10000 and with its own schemas ({@code _e2e}) and consumer groups, so that a running local suite is left alone.
 * The Kafka broker is the one the build started (or any on 127.0.0.1:9092).
 */
final class Suite {

    static final int OFFSET = 10_000;
    static final String GATEWAY = "http://127.0.0.1:" + (8080 + OFFSET);
    static final String TICKET_SERVICE = "http://127.0.0.1:" + (8081 + OFFSET);

    private static final Path ROOT = Path.of(System.getProperty("ticketing.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("e2e-tests/target/e2e-run");
    private static boolean started;

    private Suite() {
    }

    static synchronized void up() throws Exception {
        if (started) {
            return;
        }
        Files.createDirectories(HOME);
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::downQuietly));
        run(List.of("./ticketing", "up"), suiteEnv(), 600);
        started = true;
    }

    static void down() throws Exception {
        run(List.of("./ticketing", "down"), suiteEnv(), 120);
    }

    /** Stops the Kafka broker (the shared one, in the default run folder). */
    static void stopKafka() throws Exception {
        run(List.of("bash", "platform/kafka-broker/kafka.sh", "stop"), Map.of(), 120);
    }

    static void startKafka() throws Exception {
        run(List.of("bash", "platform/kafka-broker/kafka.sh", "start"), Map.of(), 180);
    }

    private static Map<String, String> suiteEnv() {
        return Map.of(
                "TICKETING_HOME", HOME.toString(),
                "TICKETING_PORT_OFFSET", Integer.toString(OFFSET),
                "TICKETING_DB_SUFFIX", "_e2e",
                "TICKETING_INSTANCE_SUFFIX", "-e2e",
                "TICKETING_PROFILE", "local",
                "TICKETING_HEAP", "192m",
                // Every run starts from empty _e2e schemas.
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true",
                "QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
    }

    private static void run(List<String> command, Map<String, String> env, int timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().putAll(env);
        if (!env.containsKey("TICKETING_HOME")) {
            builder.environment().remove("TICKETING_HOME");
        }
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed with exit code " + process.exitValue()
                    + "; logs under " + HOME.resolve("logs"));
        }
    }

    private static void downQuietly() {
        try {
            down();
        } catch (Exception | Error e) {
            System.err.println("e2e: ./ticketing down failed: " + e);
        }
    }

    static Path logs() {
        return HOME.resolve("logs");
    }

    static String readLog(String service) throws IOException {
        Path log = logs().resolve(service + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
