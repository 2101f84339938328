CREATE TABLE "contacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_contacts" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Role" TEXT NULL,
    "Email" TEXT NULL,
    "OfficePhone" TEXT NULL,
    "MobilePhone" TEXT NULL,
    "Billing" INTEGER NOT NULL,
    "Technical" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE INDEX "IX_contacts_AccountId" ON "contacts" ("AccountId");


CREATE TABLE "locations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_locations" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Street1" TEXT NOT NULL,
    "Street2" TEXT NULL,
    "City" TEXT NOT NULL,
    "Region" TEXT NULL,
    "PostalCode" TEXT NULL,
    "Country" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE INDEX "IX_locations_AccountId" ON "locations" ("AccountId");
