CREATE TABLE "services" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_services" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Location" TEXT NULL,
    "Description" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "service_products" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_service_products" PRIMARY KEY,
    "ServiceRowId" TEXT NOT NULL,
    "Product" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Recurring" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_service_products_services_ServiceRowId" FOREIGN KEY ("ServiceRowId") REFERENCES "services" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_service_products_ServiceRowId" ON "service_products" ("ServiceRowId");


CREATE INDEX "IX_services_AccountId_Status" ON "services" ("AccountId", "Status");


CREATE UNIQUE INDEX "IX_services_ServiceId" ON "services" ("ServiceId");


