ALTER TABLE accounts ADD "ExternalId" character varying(100);


CREATE UNIQUE INDEX "IX_accounts_ExternalId" ON accounts ("ExternalId");
