ALTER TABLE "AspNetUsers" ADD "ExternalId" character varying(100);

CREATE UNIQUE INDEX "IX_AspNetUsers_ExternalId" ON "AspNetUsers" ("ExternalId");
