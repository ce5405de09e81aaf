-- A closed ticket keeps its requester and last assignee, so that its assignments are shown with the same
-- visibility as the ticket (ticket-service's rule). Rows closed before this keep no requester; their assignee is
-- the technician of their latest assignment.
ALTER TABLE closed_ticket
    ADD COLUMN requester_id VARCHAR(100) NULL,
    ADD COLUMN assignee_id  VARCHAR(100) NULL;

UPDATE closed_ticket c
SET c.assignee_id = (SELECT a.technician_id FROM assignment a WHERE a.ticket_id = c.ticket_id
                     ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1);
