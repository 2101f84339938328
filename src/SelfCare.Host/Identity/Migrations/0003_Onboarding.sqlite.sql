CREATE TABLE "onboarding_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_onboarding_requests" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AccountId" TEXT NULL,
    "AccountNumber" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Company" TEXT NULL,
    "Message" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "IpAddress" TEXT NULL
);

CREATE INDEX "IX_onboarding_requests_Email_CreatedAt" ON "onboarding_requests" ("Email", "CreatedAt");

CREATE INDEX "IX_onboarding_requests_IpAddress_CreatedAt" ON "onboarding_requests" ("IpAddress", "CreatedAt");

CREATE INDEX "IX_onboarding_requests_Kind_Status_CreatedAt" ON "onboarding_requests" ("Kind", "Status", "CreatedAt");

CREATE TABLE "onboarding_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_onboarding_settings" PRIMARY KEY,
    "Mode" TEXT NOT NULL
);
