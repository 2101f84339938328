CREATE TABLE "accounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_accounts" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "City" TEXT NULL,
    "Region" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE UNIQUE INDEX "IX_accounts_Number" ON "accounts" ("Number");


CREATE INDEX "IX_accounts_ParentId" ON "accounts" ("ParentId");


