-- Adds 100 000 tickets to ticketing_tickets (MySQL 8 and MariaDB 10.11), for the list benchmark.
-- Spread over six categories, four priorities, the seven statuses, 500 requesters and the last year.
-- Their SLA warnings and breaches count as already sent: old tickets must not flood ticket-events with them.
INSERT INTO ticket (id, title, description, category, priority, status, channel, requester_id, requester_name,
                    assignee_id, assignee_name, created_by_id, created_at, updated_at, reopen_count,
                    response_due_at, resolution_due_at, response_breached, resolution_breached, response_warned,
                    resolution_warned, archived, version)
SELECT UUID(),
       CONCAT(ELT(1 + n % 5, 'Printer', 'VPN', 'Mail', 'Laptop', 'Badge'), ' problem #', n),
       CONCAT('Seeded for the list benchmark; item ', n, ' of 100000.'),
       ELT(1 + n % 6, 'INCIDENT', 'ASSISTANCE', 'CHANGE_REQUEST', 'BUG', 'QUESTION', 'OTHER'),
       ELT(1 + n % 4, 'P0', 'P1', 'P2', 'P3'),
       ELT(1 + n % 7, 'NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED', 'CANCELLED'),
       'WEB',
       CONCAT('00000000-0000-4000-8000-', LPAD(n % 500, 12, '0')),
       CONCAT('Seeded requester ', n % 500),
       IF(n % 7 = 0, NULL, CONCAT('00000000-0000-4000-9000-', LPAD(n % 20, 12, '0'))),
       IF(n % 7 = 0, NULL, CONCAT('Seeded technician ', n % 20)),
       CONCAT('00000000-0000-4000-8000-', LPAD(n % 500, 12, '0')),
       UTC_TIMESTAMP(6) - INTERVAL (n % 525600) MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL (n % 525600) MINUTE,
       0,
       UTC_TIMESTAMP(6) - INTERVAL (n % 525600) MINUTE + INTERVAL 4 HOUR,
       UTC_TIMESTAMP(6) - INTERVAL (n % 525600) MINUTE + INTERVAL 3 DAY,
       TRUE, TRUE, TRUE, TRUE, FALSE, 0
FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d AS n
      FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
           (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
           (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c,
           (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d,
           (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e) numbers;
