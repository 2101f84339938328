CREATE TABLE accounts (
    "Id" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "ParentId" uuid,
    "City" character varying(100),
    "Region" character varying(100),
    "Status" character varying(20) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_accounts" PRIMARY KEY ("Id")
);


CREATE UNIQUE INDEX "IX_accounts_Number" ON accounts ("Number");


CREATE INDEX "IX_accounts_ParentId" ON accounts ("ParentId");


