ALTER TABLE "accounts" ADD COLUMN "ExternalId" TEXT NULL;


CREATE UNIQUE INDEX "IX_accounts_ExternalId" ON "accounts" ("ExternalId");
