CREATE TABLE contacts (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Role" character varying(100),
    "Email" character varying(254),
    "OfficePhone" character varying(40),
    "MobilePhone" character varying(40),
    "Billing" boolean NOT NULL,
    "Technical" boolean NOT NULL,
    "Active" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_contacts" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_contacts_AccountId" ON contacts ("AccountId");


CREATE TABLE locations (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Street1" character varying(200) NOT NULL,
    "Street2" character varying(200),
    "City" character varying(100) NOT NULL,
    "Region" character varying(100),
    "PostalCode" character varying(20),
    "Country" character varying(60) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_locations" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_locations_AccountId" ON locations ("AccountId");
