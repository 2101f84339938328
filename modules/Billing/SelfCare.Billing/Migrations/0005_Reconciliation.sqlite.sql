-- Payment reconciliation (issue 5): the Sandbox gateway's own charges by idempotency key (Gateway/SandboxCharge.cs), so it
-- answers repeats and lookups after a restart; the invoices the payer chose, kept on the charge record claimed with the
-- Pending payment, so a payment finished by Payments/PaymentReconciler.cs is allocated as PaymentProcessor would.
CREATE TABLE "sandbox_charges" (
    "IdempotencyKey" TEXT NOT NULL CONSTRAINT "PK_sandbox_charges" PRIMARY KEY,
    "Token" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "TransactionId" TEXT NULL,
    "Reason" TEXT NULL,
    "Message" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

ALTER TABLE "portal_charges" ADD COLUMN "InvoiceIds" TEXT NULL;
