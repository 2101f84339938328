CREATE TABLE "call_detail_records" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_call_detail_records" PRIMARY KEY,
    "ExternalId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "ServiceId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FromNumber" TEXT NOT NULL,
    "ToNumber" TEXT NOT NULL,
    "Direction" INTEGER NOT NULL,
    "DurationSeconds" INTEGER NOT NULL,
    "AmountUnits" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "BillingCycle" TEXT NOT NULL
);


CREATE TABLE "cdr_monthly_files" (
    "AccountId" TEXT NOT NULL,
    "BillingCycle" TEXT NOT NULL,
    "DownloadId" TEXT NOT NULL,
    "Rows" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_cdr_monthly_files" PRIMARY KEY ("AccountId", "BillingCycle")
);


CREATE INDEX "IX_call_detail_records_AccountId_BillingCycle_ServiceId" ON "call_detail_records" ("AccountId", "BillingCycle", "ServiceId");


CREATE INDEX "IX_call_detail_records_AccountId_StartedAt" ON "call_detail_records" ("AccountId", "StartedAt");


CREATE UNIQUE INDEX "IX_call_detail_records_ExternalId" ON "call_detail_records" ("ExternalId");


