CREATE TABLE autopay_attempts (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "InvoiceId" uuid NOT NULL,
    "InvoiceNumber" character varying(40) NOT NULL,
    "AttemptNo" integer NOT NULL,
    "ChargeDate" date NOT NULL,
    "AttemptedAt" timestamp with time zone NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Method" character varying(100) NOT NULL,
    "Outcome" character varying(20) NOT NULL,
    "PaymentId" uuid,
    "Message" character varying(300),
    CONSTRAINT "PK_autopay_attempts" PRIMARY KEY ("Id")
);

CREATE TABLE autopay_enrolments (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "PaymentMethodId" uuid NOT NULL,
    "Active" boolean NOT NULL,
    "EnrolledAt" timestamp with time zone NOT NULL,
    "EnrolledBy" character varying(256) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    "AchAuthorizationId" uuid,
    CONSTRAINT "PK_autopay_enrolments" PRIMARY KEY ("Id")
);

CREATE TABLE autopay_notices (
    "InvoiceId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "SentAt" timestamp with time zone NOT NULL,
    "SentTo" character varying(256) NOT NULL,
    CONSTRAINT "PK_autopay_notices" PRIMARY KEY ("InvoiceId")
);

CREATE INDEX "IX_autopay_attempts_AccountId_ChargeDate" ON autopay_attempts ("AccountId", "ChargeDate");

CREATE UNIQUE INDEX "IX_autopay_attempts_InvoiceId_AttemptNo" ON autopay_attempts ("InvoiceId", "AttemptNo");

CREATE UNIQUE INDEX "IX_autopay_enrolments_AccountId" ON autopay_enrolments ("AccountId");

ALTER TABLE billing_settings ADD "AutopayNoticeDays" integer NOT NULL DEFAULT 3;

ALTER TABLE billing_settings ADD "AutopayMaxRetries" integer NOT NULL DEFAULT 3;

ALTER TABLE billing_settings ADD "AutopayRetryDays" integer NOT NULL DEFAULT 1;
