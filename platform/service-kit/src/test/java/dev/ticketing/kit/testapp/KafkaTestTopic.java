package dev.ticketing.kit.testapp;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import dev.ticketing.testkit.KafkaTopicWatcher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A topic of one partition on the real broker, new for each run, for the kit's test consumer. */
public class KafkaTestTopic implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = "kit-test-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> start() {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(NAME, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic " + NAME, e);
        }
        return Map.of("mp.messaging.incoming.kit-test.topic", NAME);
    }

    @Override
    public void stop() {
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(NAME)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // left behind: harmless, the name is unique
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopicWatcher.bootstrapServers());
        return Admin.create(props);
    }
}
