ALTER TABLE "AspNetUsers" ADD "Fax" TEXT NULL;

ALTER TABLE "AspNetUsers" ADD "MustChangePassword" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "user_access_codes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_user_access_codes" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "CodeHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL
);

CREATE INDEX "IX_user_access_codes_UserId" ON "user_access_codes" ("UserId");

CREATE TABLE "security_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_security_events" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Email" TEXT NULL,
    "Actor" TEXT NULL,
    "Detail" TEXT NULL,
    "IpAddress" TEXT NULL
);

CREATE INDEX "IX_security_events_At" ON "security_events" ("At");

CREATE INDEX "IX_security_events_UserId_At" ON "security_events" ("UserId", "At");
