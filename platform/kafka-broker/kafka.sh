#!/usr/bin/env bash
# A single-node Apache Kafka broker (KRaft, broker + controller in one process) from Maven Central jars.
#
#   kafka.sh start [--for-build]   start if nothing listens on the port, wait until ready, create the topics.
#                                  --for-build: a watchdog stops the broker when the calling Maven exits.
#   kafka.sh stop                  stop the broker this script started (controlled shutdown, then KILL).
#   kafka.sh status                say whether it runs.
#
# Environment: TICKETING_HOME (run folder, default <repo>/.run), TICKETING_KAFKA_PORT (9092),
# TICKETING_KAFKA_CONTROLLER_PORT (9093), TICKETING_KAFKA_HEAP (256m).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="${TICKETING_HOME:-$root/.run}"
port="${TICKETING_KAFKA_PORT:-9092}"
cport="${TICKETING_KAFKA_CONTROLLER_PORT:-9093}"
heap="${TICKETING_KAFKA_HEAP:-256m}"
libs="$here/target/kafka-libs"
dir="$home/kafka"
pidfile="$dir/broker.pid"
log="$dir/broker.log"
# name:partitions. ticket-events carries every ticket's events keyed by ticket id, so it gets the most partitions.
topics=(ticket-events:6 assignment-events:3 identity-events:3 notification-events:3 ticketing-dead-letter:1)

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running_pid() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"; }

classpath() {
    if [[ ! -d "$libs" ]] || ! ls "$libs"/kafka_2.13-*.jar >/dev/null 2>&1; then
        echo "kafka: broker jars missing in $libs; run: mvn -q -pl platform/kafka-broker package" >&2
        exit 1
    fi
    local cp="$libs/*"
    [[ -d "$here/target/classes" ]] && cp="$here/target/classes:$cp"
    echo "$cp"
}

write_config() {
    mkdir -p "$dir/data"
    cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
}

start() {
    local for_build="${1:-}"
    if listening "$port"; then
        echo "kafka: a broker already listens on 127.0.0.1:$port; using it"
        create_topics
        return 0
    fi
    local cp; cp="$(classpath)"
    write_config
    local jvm=(java -Xms64m "-Xmx$heap" -XX:+UseSerialGC -XX:TieredStopAtLevel=1
        "-Dlog4j2.configurationFile=$here/src/main/resources/kafka-log4j2.properties"
        -Dlog4j2.shutdownHookEnabled=false -cp "$cp")
    if [[ ! -f "$dir/data/meta.properties" ]]; then
        local id; id="$("${jvm[@]}" -Dkafka.root.level=WARN kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
        "${jvm[@]}" -Dkafka.root.level=WARN kafka.tools.StorageTool format --standalone -t "$id" \
            -c "$dir/server.properties" >> "$log" 2>&1
    fi
    echo "kafka: starting Apache Kafka on 127.0.0.1:$port (data in $dir, log in $log)"
    setsid nohup "${jvm[@]}" kafka.Kafka "$dir/server.properties" >> "$log" 2>&1 < /dev/null &
    local pid=$!
    echo "$pid" > "$pidfile"
    if [[ "$for_build" == "--for-build" ]]; then
        # The caller is the Maven JVM: stop the broker when it exits, pass or fail.
        local owner="$PPID"
        setsid nohup bash -c "while kill -0 $owner 2>/dev/null; do sleep 2; done; exec bash '$here/kafka.sh' stop" \
            > /dev/null 2>&1 < /dev/null &
    fi
    local waited=0
    until listening "$port"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "kafka: the broker exited during start; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            rm -f "$pidfile"
            exit 1
        fi
        if (( waited >= 120 )); then
            echo "kafka: not ready after 120 s; see $log" >&2
            exit 1
        fi
        sleep 1; waited=$((waited + 1))
    done
    echo "kafka: ready after ${waited} s"
    create_topics
}

create_topics() {
    local cp; cp="$(classpath)"
    java -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$here/src/main/resources/kafka-log4j2.properties" \
        -Dkafka.root.level=WARN -cp "$cp" dev.ticketing.kafka.CreateTopics "127.0.0.1:$port" "${topics[@]}"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$pidfile"
        echo "kafka: not running (nothing started by this script)"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    echo "kafka: stopped (pid $pid)"
}

status() {
    local pid
    if pid="$(running_pid)"; then
        echo "kafka: running, pid $pid, 127.0.0.1:$port"
    elif listening "$port"; then
        echo "kafka: a broker not started by this script listens on 127.0.0.1:$port"
    else
        echo "kafka: not running"
        return 3
    fi
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start [--for-build] | stop | status" >&2; exit 2 ;;
esac
