-- Search by subject ("line 42") without reading every ticket of the scope: a trigram index answers lower("Subject") LIKE
-- '%text%' (3 characters or more). pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may add it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "IX_tickets_Subject_trigram" ON tickets USING gin (lower("Subject") gin_trgm_ops);
