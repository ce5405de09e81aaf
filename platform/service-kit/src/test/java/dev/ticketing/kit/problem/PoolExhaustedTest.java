package dev.ticketing.kit.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Agroal's acquisition timeout, however wrapped, is recognised as an exhausted pool (503), other errors not. */
class PoolExhaustedTest {

    @Test
    void agroalAcquisitionTimeoutIsRecognisedThroughWrappers() {
        assertTrue(ProblemMappers.isPoolExhausted(new PersistenceException("could not open connection",
                new SQLException("Sorry, acquisition timeout!"))));
        assertFalse(ProblemMappers.isPoolExhausted(new PersistenceException(new SQLException("Deadlock found"))));
        assertFalse(ProblemMappers.isPoolExhausted(new IllegalStateException("boom")));
    }
}
