package dev.ticketing.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The packaged suite, started once per test run with the project's own {@code ./ticketing} script and shared by
 * every end-to-end test class: HTTP ports shifted by 10000, and a MariaDB (embedded, port 3317) and a Kafka broker
 * (ports 19092/19093) of its own, in its own run folder, so that the tests may kill them and a server the machine
 * runs is never touched. The run folder is wiped at start: every run begins with empty databases and topics.
 */
final class Suite {

    static final int OFFSET = 10_000;
    static final int DB_PORT = 3317;
    static final int KAFKA_PORT = 19_092;
    static final int KAFKA_CONTROLLER_PORT = 19_093;
    static final String GATEWAY = "http://127.0.0.1:" + (8080 + OFFSET);
    static final String TICKET_SERVICE = "http://127.0.0.1:" + (8081 + OFFSET);
    static final String DB_SUFFIX = "_e2e";

    private static final Path ROOT = Path.of(System.getProperty("ticketing.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("e2e-tests/target/e2e-run");
    private static final Path MARIADB_DIST = ROOT.resolve("platform/mariadb/target/mariadb-dist");
    private static final Map<String, Integer> PORTS = Map.of(
            "gateway", 8080, "ticket-service", 8081, "assignment-service", 8082,
            "notification-service", 8083, "reporting-service", 8084);
    private static final List<Process> REPLICAS = new ArrayList<>();
    private static boolean started;
    private static Exception failedToStart;

    private Suite() {
    }

    static synchronized void up() throws Exception {
        if (started) {
            return;
        }
        if (failedToStart != null) {
            // Once only: a second attempt would wipe the run folder, and the logs that say why.
            throw new IllegalStateException("the suite did not start; logs under " + HOME.resolve("logs"),
                    failedToStart);
        }
        try {
            start();
        } catch (Exception e) {
            failedToStart = e;
            throw e;
        }
    }

    private static void start() throws Exception {
        if (Files.isDirectory(HOME.resolve("pids"))) {
            run(List.of("./ticketing", "down"), 180); // left over from an interrupted run
        }
        deleteRecursively(HOME);
        Files.createDirectories(HOME);
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::downQuietly));
        long t0 = System.nanoTime();
        run(List.of("./ticketing", "up"), 600);
        System.out.printf("e2e: suite up in %d s (own MariaDB on %d, own Kafka on %d)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), DB_PORT, KAFKA_PORT);
        started = true;
    }

    /** Starts whatever of the suite is not running (a killed service, the database) and waits until ready. */
    static void upAgain() throws Exception {
        run(List.of("./ticketing", "up"), 600);
    }

    static void down() throws Exception {
        synchronized (REPLICAS) {
            for (Process replica : REPLICAS) {
                replica.destroy();
                replica.waitFor(30, TimeUnit.SECONDS);
                replica.destroyForcibly();
            }
            REPLICAS.clear();
        }
        run(List.of("./ticketing", "down"), 180);
    }

    /** Stops the suite's own Kafka broker (controlled shutdown). */
    static void stopKafka() throws Exception {
        run(List.of("bash", "platform/kafka-broker/kafka.sh", "stop"), 120);
    }

    static void startKafka() throws Exception {
        run(List.of("bash", "platform/kafka-broker/kafka.sh", "start"), 180);
    }

    /** kill -9 of the suite's own MariaDB: no shutdown, InnoDB recovers at the next start. */
    static void killDatabase() throws Exception {
        long pid = Long.parseLong(output(List.of("bash", "platform/mariadb/mariadb.sh", "pid")).trim());
        killNine(pid);
    }

    static void startDatabase() throws Exception {
        run(List.of("bash", "platform/mariadb/mariadb.sh", "start"), 180);
    }

    /** kill -9 of one of the suite's services (started by ./ticketing); {@link #upAgain()} starts it again. */
    static void killService(String service) throws Exception {
        killNine(Long.parseLong(Files.readString(HOME.resolve("pids/" + service + ".pid")).trim()));
    }

    /**
     * A second replica of {@code service} on {@code port}, configured as ./ticketing configures the first one (same
     * database, same consumer groups); stopped by {@link #down()} or {@link #stopReplica(Process)}.
     */
    static Process startReplica(String service, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
                "-Dquarkus.profile=local", "-jar", ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar")
                        .toString()))
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolve("logs/" + service + "-replica.log").toFile());
        builder.environment().putAll(suiteEnv());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("TICKETING_JWT_JWKS_URL", GATEWAY + "/.well-known/jwks.json");
        Process process = builder.start();
        synchronized (REPLICAS) {
            REPLICAS.add(process);
        }
        return process;
    }

    static void stopReplica(Process replica) throws InterruptedException {
        replica.destroy();
        if (!replica.waitFor(30, TimeUnit.SECONDS)) {
            replica.destroyForcibly();
        }
        synchronized (REPLICAS) {
            REPLICAS.remove(replica);
        }
    }

    static int port(String service) {
        return PORTS.get(service) + OFFSET;
    }

    /** Runs SQL on the suite's own MariaDB (root); the tab-separated rows, without column names. */
    static List<String> sql(String statements) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(MARIADB_DIST.resolve("bin/mariadb").toString(),
                "--no-defaults", "--skip-ssl", "-h", "127.0.0.1", "-P", Integer.toString(DB_PORT), "-uroot",
                "-N", "-B"))
                .redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", MARIADB_DIST.resolve("libs").toString());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(statements.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("SQL failed: " + out);
        }
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    /** The single number a one-row, one-column query answers. */
    static long sqlCount(String query) throws Exception {
        return Long.parseLong(sql(query).get(0).trim());
    }

    /** Records ever written to the dead-letter topic of the suite's own broker. */
    static long deadLetterTopicRecords() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_PORT);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor("ticketing-dead-letter", Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            return consumer.endOffsets(partitions, Duration.ofSeconds(30)).entrySet().stream()
                    .mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }

    /** How many members of consumer group {@code group} hold partitions of {@code topic}. */
    static long membersHolding(String group, String topic) throws Exception {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_PORT);
        try (Admin admin = Admin.create(config)) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS).get(group);
            return description.members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))
                    .count();
        }
    }

    private static Map<String, String> suiteEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("TICKETING_HOME", HOME.toString());
        env.put("TICKETING_PORT_OFFSET", Integer.toString(OFFSET));
        env.put("TICKETING_DB_URL", "jdbc:mysql://127.0.0.1:" + DB_PORT);
        env.put("TICKETING_DB_SUFFIX", DB_SUFFIX);
        env.put("TICKETING_INSTANCE_SUFFIX", "-e2e");
        env.put("TICKETING_KAFKA_PORT", Integer.toString(KAFKA_PORT));
        env.put("TICKETING_KAFKA_CONTROLLER_PORT", Integer.toString(KAFKA_CONTROLLER_PORT));
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT);
        env.put("TICKETING_PROFILE", "local");
        env.put("TICKETING_HEAP", "192m");
        // The load of the fault tests comes from one address and one user: the gateway's rate limits stay out of it.
        env.put("TICKETING_RATE_LIMIT_TOKEN_IP_CAPACITY", "0");
        env.put("TICKETING_RATE_LIMIT_API_IP_CAPACITY", "0");
        env.put("TICKETING_RATE_LIMIT_API_SUBJECT_CAPACITY", "0");
        return env;
    }

    private static void killNine(long pid) throws Exception {
        run(List.of("kill", "-9", Long.toString(pid)), 30);
    }

    private static void run(List<String> command, int timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().putAll(suiteEnv());
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

    private static String output(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(suiteEnv());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static void downQuietly() {
        try {
            down();
        } catch (Exception | Error e) {
            System.err.println("e2e: ./ticketing down failed: " + e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
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
