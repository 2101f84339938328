CREATE TABLE services (
    "Id" uuid NOT NULL,
    "ServiceId" character varying(60) NOT NULL,
    "AccountId" uuid NOT NULL,
    "Location" character varying(300),
    "Description" character varying(500),
    "Status" character varying(20) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_services" PRIMARY KEY ("Id")
);


CREATE TABLE service_products (
    "Id" uuid NOT NULL,
    "ServiceRowId" uuid NOT NULL,
    "Product" character varying(200) NOT NULL,
    "Quantity" integer NOT NULL,
    "UnitPrice" numeric(18,4) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Recurring" boolean NOT NULL,
    "Position" integer NOT NULL,
    CONSTRAINT "PK_service_products" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_service_products_services_ServiceRowId" FOREIGN KEY ("ServiceRowId") REFERENCES services ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_service_products_ServiceRowId" ON service_products ("ServiceRowId");


CREATE INDEX "IX_services_AccountId_Status" ON services ("AccountId", "Status");


CREATE UNIQUE INDEX "IX_services_ServiceId" ON services ("ServiceId");


