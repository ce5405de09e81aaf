package dev.ticketing.kit.json;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The suite's JSON rules, for request bodies, answers and events alike:
 * <ul>
 * <li>a number with a fraction for an integer field ({@code "impact": 2.9999}) is a 400, not silently truncated;</li>
 * <li>a null inside a list or set ({@code "roles": [null]}) is a 400 naming the element, not a 500 later;</li>
 * <li>every {@link Instant} is written with whole seconds ({@code 2026-12-01T10:15:30Z}): MySQL Connector/J on
 * MariaDB drops fractions, so a value answered right after a write and read back later look the same.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
            mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule seconds = new SimpleModule("ticketing-instant-seconds");
        seconds.addSerializer(Instant.class, new InstantSeconds());
        mapper.registerModule(seconds);
    }

    /** ISO-8601 UTC with whole seconds. */
    static final class InstantSeconds extends JsonSerializer<Instant> {

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
