CREATE TABLE "autopay_attempts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_autopay_attempts" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "InvoiceId" TEXT NOT NULL,
    "InvoiceNumber" TEXT NOT NULL,
    "AttemptNo" INTEGER NOT NULL,
    "ChargeDate" TEXT NOT NULL,
    "AttemptedAt" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "PaymentId" TEXT NULL,
    "Message" TEXT NULL
);

CREATE TABLE "autopay_enrolments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_autopay_enrolments" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "PaymentMethodId" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "EnrolledAt" TEXT NOT NULL,
    "EnrolledBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "AchAuthorizationId" TEXT NULL
);

CREATE TABLE "autopay_notices" (
    "InvoiceId" TEXT NOT NULL CONSTRAINT "PK_autopay_notices" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "SentTo" TEXT NOT NULL
);

CREATE INDEX "IX_autopay_attempts_AccountId_ChargeDate" ON "autopay_attempts" ("AccountId", "ChargeDate");

CREATE UNIQUE INDEX "IX_autopay_attempts_InvoiceId_AttemptNo" ON "autopay_attempts" ("InvoiceId", "AttemptNo");

CREATE UNIQUE INDEX "IX_autopay_enrolments_AccountId" ON "autopay_enrolments" ("AccountId");

ALTER TABLE "billing_settings" ADD "AutopayNoticeDays" INTEGER NOT NULL DEFAULT 3;

ALTER TABLE "billing_settings" ADD "AutopayMaxRetries" INTEGER NOT NULL DEFAULT 3;

ALTER TABLE "billing_settings" ADD "AutopayRetryDays" INTEGER NOT NULL DEFAULT 1;
