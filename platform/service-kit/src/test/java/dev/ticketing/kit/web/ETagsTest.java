package dev.ticketing.kit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-None-Match: a current tag gives 304 with the ETag; anything else lets the GET answer 200. */
class ETagsTest {

    @Test
    void matchingTagGives304() {
        assertEquals(304, ETags.notModified("\"3\"", 3).orElseThrow().getStatus());
        assertEquals(304, ETags.notModified("W/\"1\", \"3\"", 3).orElseThrow().getStatus());
        assertEquals(304, ETags.notModified("*", 3).orElseThrow().getStatus());
    }

    @Test
    void staleOrMissingTagGivesNothing() {
        assertTrue(ETags.notModified("\"2\"", 3).isEmpty());
        assertTrue(ETags.notModified(null, 3).isEmpty());
        assertTrue(ETags.notModified(" ", 3).isEmpty());
    }
}
