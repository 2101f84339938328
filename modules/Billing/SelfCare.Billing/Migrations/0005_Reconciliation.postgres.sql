-- Payment reconciliation (issue 5): the Sandbox gateway's own charges by idempotency key (Gateway/SandboxCharge.cs), so it
-- answers repeats and lookups after a restart; the invoices the payer chose, kept on the charge record claimed with the
-- Pending payment, so a payment finished by Payments/PaymentReconciler.cs is allocated as PaymentProcessor would.
CREATE TABLE sandbox_charges (
    "IdempotencyKey" character varying(100) NOT NULL,
    "Token" character varying(200) NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "TransactionId" character varying(100),
    "Reason" character varying(30),
    "Message" character varying(300),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_sandbox_charges" PRIMARY KEY ("IdempotencyKey")
);

ALTER TABLE portal_charges ADD "InvoiceIds" text;
