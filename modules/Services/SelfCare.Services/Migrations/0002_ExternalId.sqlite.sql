ALTER TABLE "services" ADD COLUMN "ExternalId" TEXT NULL;


CREATE UNIQUE INDEX "IX_services_ExternalId" ON "services" ("ExternalId");
