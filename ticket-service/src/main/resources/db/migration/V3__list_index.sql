-- The common triage list (status and priority filters, newest first) reads from one index, without a sort of the
-- matching rows: measured with 100 000 tickets (docs/benchmarks.md).
ALTER TABLE ticket ADD KEY ix_ticket_triage (archived, status, priority, created_at);
