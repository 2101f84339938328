CREATE TABLE "agreements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_agreements" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "Type" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "AutoRenew" INTEGER NOT NULL,
    "CoveredTiers" TEXT NOT NULL,
    "EmergencyRate" TEXT NULL,
    "HelpDeskRate" TEXT NULL,
    "ProfessionalRate" TEXT NULL,
    "AfterHoursMultiplier" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "IncludedMonthlyMinutes" INTEGER NOT NULL,
    "CarryOverMonths" INTEGER NOT NULL,
    "BlockValidityMonths" INTEGER NULL,
    "BlockPricePerHour" TEXT NULL,
    "LowBalanceMinutes" INTEGER NULL,
    "EmergencyDrawsRetainer" INTEGER NOT NULL,
    "CancelledAt" TEXT NULL,
    "CancelledBy" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "draw_orders" (
    "Type" TEXT NOT NULL CONSTRAINT "PK_draw_orders" PRIMARY KEY,
    "Order" TEXT NOT NULL
);


CREATE TABLE "hour_buckets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_hour_buckets" PRIMARY KEY,
    "AgreementId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Month" TEXT NULL,
    "Carried" INTEGER NOT NULL,
    "ExpiresOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "ledger_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ledger_entries" PRIMARY KEY,
    "BucketId" TEXT NOT NULL,
    "AgreementId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "TimeEntryId" TEXT NULL,
    "PurchaseId" TEXT NULL,
    "Note" TEXT NULL,
    "By" TEXT NOT NULL
);


CREATE TABLE "purchases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_purchases" PRIMARY KEY,
    "AgreementId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "PaymentReference" TEXT NULL,
    "FailureMessage" TEXT NULL,
    "BucketId" TEXT NULL,
    "PurchasedOn" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "By" TEXT NOT NULL
);


CREATE TABLE "time_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_time_entries" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "AgreementId" TEXT NULL,
    "TicketId" TEXT NOT NULL,
    "TicketNumber" INTEGER NOT NULL,
    "TicketSubject" TEXT NOT NULL,
    "Requester" TEXT NULL,
    "Tier" TEXT NOT NULL,
    "AfterHours" INTEGER NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "BillableMinutes" INTEGER NOT NULL,
    "Rate" TEXT NULL,
    "WorkedOn" TEXT NOT NULL,
    "LoggedAt" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Key" TEXT NOT NULL,
    "ExternalId" TEXT NULL
);


CREATE INDEX "IX_agreements_AccountId_Number" ON "agreements" ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_agreements_ExternalId" ON "agreements" ("ExternalId");


CREATE UNIQUE INDEX "IX_agreements_Number" ON "agreements" ("Number");


CREATE INDEX "IX_hour_buckets_AccountId" ON "hour_buckets" ("AccountId");


CREATE INDEX "IX_hour_buckets_AgreementId_Kind_Month" ON "hour_buckets" ("AgreementId", "Kind", "Month");


CREATE INDEX "IX_ledger_entries_AccountId" ON "ledger_entries" ("AccountId");


CREATE INDEX "IX_ledger_entries_AgreementId_At" ON "ledger_entries" ("AgreementId", "At");


CREATE INDEX "IX_ledger_entries_BucketId" ON "ledger_entries" ("BucketId");


CREATE INDEX "IX_ledger_entries_TimeEntryId" ON "ledger_entries" ("TimeEntryId");


CREATE INDEX "IX_purchases_AccountId" ON "purchases" ("AccountId");


CREATE INDEX "IX_purchases_AgreementId_CreatedAt" ON "purchases" ("AgreementId", "CreatedAt");


CREATE UNIQUE INDEX "IX_purchases_ExternalId" ON "purchases" ("ExternalId");


CREATE UNIQUE INDEX "IX_purchases_Key" ON "purchases" ("Key");


CREATE INDEX "IX_time_entries_AccountId_WorkedOn" ON "time_entries" ("AccountId", "WorkedOn");


CREATE INDEX "IX_time_entries_AgreementId_WorkedOn" ON "time_entries" ("AgreementId", "WorkedOn");


CREATE UNIQUE INDEX "IX_time_entries_ExternalId" ON "time_entries" ("ExternalId");


CREATE UNIQUE INDEX "IX_time_entries_Key" ON "time_entries" ("Key");


CREATE INDEX "IX_time_entries_TicketId_LoggedAt" ON "time_entries" ("TicketId", "LoggedAt");


