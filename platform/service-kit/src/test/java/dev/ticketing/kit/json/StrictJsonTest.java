package dev.ticketing.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The suite's JSON rules, on a plain mapper customised as Quarkus does. */
class StrictJsonTest {

    record Body(int impact, List<String> roles) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aFractionForAnIntFieldIsRefused() throws Exception {
        assertThrows(MismatchedInputException.class,
                () -> mapper().readValue("{\"impact\": 2.9999, \"roles\": []}", Body.class));
        assertEquals(3, mapper().readValue("{\"impact\": 3, \"roles\": []}", Body.class).impact());
    }

    @Test
    void aNullInsideAListIsRefused() {
        assertThrows(InvalidNullException.class,
                () -> mapper().readValue("{\"impact\": 1, \"roles\": [null]}", Body.class));
    }

    @Test
    void instantsAreWrittenWithWholeSeconds() throws Exception {
        String json = mapper().writeValueAsString(Map.of("at", Instant.parse("2026-12-01T10:15:19.871Z")));
        assertEquals("{\"at\":\"2026-12-01T10:15:19Z\"}", json);
    }
}
