-- Search by subject ("line 42") without reading every ticket of the scope: a trigram full-text index over the subjects that
-- answers LIKE '%text%' (case-insensitive, 3 characters or more) from the index. The tickets table stays the content, keyed
-- by the ticket number (stable, unlike SQLite's rowid across VACUUM); triggers follow inserts, subject changes and deletes.
CREATE VIRTUAL TABLE "tickets_subject_fts" USING fts5("Subject", content='tickets', content_rowid='Number', tokenize='trigram');
INSERT INTO "tickets_subject_fts" ("tickets_subject_fts") VALUES ('rebuild');
CREATE TRIGGER "tickets_subject_fts_insert" AFTER INSERT ON "tickets" BEGIN
    INSERT INTO "tickets_subject_fts" (rowid, "Subject") VALUES (new."Number", new."Subject");
END;
CREATE TRIGGER "tickets_subject_fts_delete" AFTER DELETE ON "tickets" BEGIN
    INSERT INTO "tickets_subject_fts" ("tickets_subject_fts", rowid, "Subject") VALUES ('delete', old."Number", old."Subject");
END;
CREATE TRIGGER "tickets_subject_fts_update" AFTER UPDATE OF "Subject" ON "tickets" BEGIN
    INSERT INTO "tickets_subject_fts" ("tickets_subject_fts", rowid, "Subject") VALUES ('delete', old."Number", old."Subject");
    INSERT INTO "tickets_subject_fts" (rowid, "Subject") VALUES (new."Number", new."Subject");
END;
