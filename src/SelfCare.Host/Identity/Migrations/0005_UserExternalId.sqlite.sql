ALTER TABLE "AspNetUsers" ADD "ExternalId" TEXT NULL;

CREATE UNIQUE INDEX "IX_AspNetUsers_ExternalId" ON "AspNetUsers" ("ExternalId");
