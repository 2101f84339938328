CREATE TABLE agreements (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "ExternalId" character varying(100),
    "Type" character varying(30) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "AutoRenew" boolean NOT NULL,
    "CoveredTiers" character varying(100) NOT NULL,
    "EmergencyRate" numeric(18,2),
    "HelpDeskRate" numeric(18,2),
    "ProfessionalRate" numeric(18,2),
    "AfterHoursMultiplier" numeric(6,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "IncludedMonthlyMinutes" integer NOT NULL,
    "CarryOverMonths" integer NOT NULL,
    "BlockValidityMonths" integer,
    "BlockPricePerHour" numeric(18,2),
    "LowBalanceMinutes" integer,
    "EmergencyDrawsRetainer" boolean NOT NULL,
    "CancelledAt" timestamp with time zone,
    "CancelledBy" character varying(256),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_agreements" PRIMARY KEY ("Id")
);


CREATE TABLE draw_orders (
    "Type" character varying(30) NOT NULL,
    "Order" character varying(100) NOT NULL,
    CONSTRAINT "PK_draw_orders" PRIMARY KEY ("Type")
);


CREATE TABLE hour_buckets (
    "Id" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Label" character varying(200) NOT NULL,
    "Month" date,
    "Carried" boolean NOT NULL,
    "ExpiresOn" date,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_hour_buckets" PRIMARY KEY ("Id")
);


CREATE TABLE ledger_entries (
    "Id" uuid NOT NULL,
    "BucketId" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Minutes" integer NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "TimeEntryId" uuid,
    "PurchaseId" uuid,
    "Note" character varying(500),
    "By" character varying(256) NOT NULL,
    CONSTRAINT "PK_ledger_entries" PRIMARY KEY ("Id")
);


CREATE TABLE purchases (
    "Id" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Minutes" integer NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Key" character varying(150) NOT NULL,
    "ExternalId" character varying(100),
    "PaymentReference" character varying(100),
    "FailureMessage" character varying(500),
    "BucketId" uuid,
    "PurchasedOn" date NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    CONSTRAINT "PK_purchases" PRIMARY KEY ("Id")
);


CREATE TABLE time_entries (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "AgreementId" uuid,
    "TicketId" uuid NOT NULL,
    "TicketNumber" bigint NOT NULL,
    "TicketSubject" character varying(300) NOT NULL,
    "Requester" character varying(256),
    "Tier" character varying(30) NOT NULL,
    "AfterHours" boolean NOT NULL,
    "Minutes" integer NOT NULL,
    "BillableMinutes" integer NOT NULL,
    "Rate" numeric(18,2),
    "WorkedOn" date NOT NULL,
    "LoggedAt" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "Note" character varying(1000),
    "Key" character varying(150) NOT NULL,
    "ExternalId" character varying(100),
    CONSTRAINT "PK_time_entries" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_agreements_AccountId_Number" ON agreements ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_agreements_ExternalId" ON agreements ("ExternalId");


CREATE UNIQUE INDEX "IX_agreements_Number" ON agreements ("Number");


CREATE INDEX "IX_hour_buckets_AccountId" ON hour_buckets ("AccountId");


CREATE INDEX "IX_hour_buckets_AgreementId_Kind_Month" ON hour_buckets ("AgreementId", "Kind", "Month");


CREATE INDEX "IX_ledger_entries_AccountId" ON ledger_entries ("AccountId");


CREATE INDEX "IX_ledger_entries_AgreementId_At" ON ledger_entries ("AgreementId", "At");


CREATE INDEX "IX_ledger_entries_BucketId" ON ledger_entries ("BucketId");


CREATE INDEX "IX_ledger_entries_TimeEntryId" ON ledger_entries ("TimeEntryId");


CREATE INDEX "IX_purchases_AccountId" ON purchases ("AccountId");


CREATE INDEX "IX_purchases_AgreementId_CreatedAt" ON purchases ("AgreementId", "CreatedAt");


CREATE UNIQUE INDEX "IX_purchases_ExternalId" ON purchases ("ExternalId");


CREATE UNIQUE INDEX "IX_purchases_Key" ON purchases ("Key");


CREATE INDEX "IX_time_entries_AccountId_WorkedOn" ON time_entries ("AccountId", "WorkedOn");


CREATE INDEX "IX_time_entries_AgreementId_WorkedOn" ON time_entries ("AgreementId", "WorkedOn");


CREATE UNIQUE INDEX "IX_time_entries_ExternalId" ON time_entries ("ExternalId");


CREATE UNIQUE INDEX "IX_time_entries_Key" ON time_entries ("Key");


CREATE INDEX "IX_time_entries_TicketId_LoggedAt" ON time_entries ("TicketId", "LoggedAt");


