ALTER TABLE "email_outbox" ADD "AttachmentsJson" TEXT NULL;
