CREATE TABLE "host_operators" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_host_operators" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "FailedLogins" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL
);


CREATE TABLE "tenants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tenants" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Hosts" TEXT NOT NULL,
    "Prefix" TEXT NULL,
    "Theme" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "DatabaseProvider" TEXT NOT NULL,
    "ConnectionString" TEXT NULL,
    "EnabledFeatures" TEXT NOT NULL,
    "FeatureProfile" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "FirstAdminEmail" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE UNIQUE INDEX "IX_host_operators_Email" ON "host_operators" ("Email");


CREATE UNIQUE INDEX "IX_tenants_Prefix" ON "tenants" ("Prefix");


