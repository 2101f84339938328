ALTER TABLE contacts ADD "ExternalId" character varying(100);


ALTER TABLE locations ADD "ExternalId" character varying(100);


CREATE UNIQUE INDEX "IX_contacts_ExternalId" ON contacts ("ExternalId");


CREATE UNIQUE INDEX "IX_locations_ExternalId" ON locations ("ExternalId");
