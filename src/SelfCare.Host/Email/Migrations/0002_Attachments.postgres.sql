ALTER TABLE email_outbox ADD "AttachmentsJson" text;
