ALTER TABLE "contacts" ADD COLUMN "ExternalId" TEXT NULL;


ALTER TABLE "locations" ADD COLUMN "ExternalId" TEXT NULL;


CREATE UNIQUE INDEX "IX_contacts_ExternalId" ON "contacts" ("ExternalId");


CREATE UNIQUE INDEX "IX_locations_ExternalId" ON "locations" ("ExternalId");
