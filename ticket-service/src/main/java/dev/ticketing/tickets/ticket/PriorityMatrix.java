package dev.ticketing.tickets.ticket;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;

/** Derives a priority from impact and urgency (1 = high .. 3 = low) through the configured matrix. */
@ApplicationScoped
public class PriorityMatrix {

    /** {@code ticketing.priority-matrix.impact1=P0,P1,P2}: one row per impact, one column per urgency. */
    @ConfigMapping(prefix = "ticketing.priority-matrix")
    public interface Rows {
        /** Rows keyed impact1..impact3. */
        Map<String, List<Priority>> rows();
    }

    private final Rows rows;

    PriorityMatrix(Rows rows) {
        this.rows = rows;
    }

    public Priority priorityOf(int impact, int urgency) {
        List<Priority> row = rows.rows().get("impact" + impact);
        if (row == null || urgency < 1 || urgency > row.size()) {
            throw new IllegalArgumentException("No priority for impact " + impact + " and urgency " + urgency);
        }
        return row.get(urgency - 1);
    }
}
