ALTER TABLE services ADD "ExternalId" character varying(100);


CREATE UNIQUE INDEX "IX_services_ExternalId" ON services ("ExternalId");
