package dev.ticketing.assignment.technician;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and finds technicians. */
@ApplicationScoped
public class TechnicianRepository implements PanacheRepositoryBase<Technician, String> {

    /** Users with the technician role matching the filters that are not null. */
    public PanacheQuery<Technician> search(String skill, Boolean available, Sort sort) {
        StringBuilder query = new StringBuilder("technician = true");
        Parameters parameters = new Parameters();
        if (skill != null) {
            query.append(" and skills like :skill");
            parameters.and("skill", "%," + skill + ",%");
        }
        if (available != null) {
            query.append(available ? " and available = true and enabled = true"
                    : " and (available = false or enabled = false)");
        }
        return find(query.toString(), sort, parameters);
    }
}
