CREATE TABLE "adjustments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_adjustments" PRIMARY KEY,
    "ExternalId" TEXT NULL,
    "AccountId" TEXT NOT NULL,
    "InvoiceId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "invoices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_invoices" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "AccountId" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "IssueDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_payments" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "IdempotencyKey" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL
);


CREATE TABLE "invoice_charges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_invoice_charges" PRIMARY KEY,
    "InvoiceRowId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "ServiceId" TEXT NULL,
    "Product" TEXT NOT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "PeriodStart" TEXT NULL,
    "PeriodEnd" TEXT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_invoice_charges_invoices_InvoiceRowId" FOREIGN KEY ("InvoiceRowId") REFERENCES "invoices" ("Id") ON DELETE CASCADE
);


CREATE TABLE "payment_allocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_payment_allocations" PRIMARY KEY,
    "PaymentRowId" TEXT NOT NULL,
    "InvoiceId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "FK_payment_allocations_payments_PaymentRowId" FOREIGN KEY ("PaymentRowId") REFERENCES "payments" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_adjustments_AccountId_Date" ON "adjustments" ("AccountId", "Date");


CREATE UNIQUE INDEX "IX_adjustments_ExternalId" ON "adjustments" ("ExternalId");


CREATE INDEX "IX_invoice_charges_InvoiceRowId" ON "invoice_charges" ("InvoiceRowId");


CREATE INDEX "IX_invoices_AccountId_IssueDate" ON "invoices" ("AccountId", "IssueDate");


CREATE UNIQUE INDEX "IX_invoices_ExternalId" ON "invoices" ("ExternalId");


CREATE UNIQUE INDEX "IX_invoices_Number" ON "invoices" ("Number");


CREATE INDEX "IX_payment_allocations_InvoiceId" ON "payment_allocations" ("InvoiceId");


CREATE INDEX "IX_payment_allocations_PaymentRowId" ON "payment_allocations" ("PaymentRowId");


CREATE INDEX "IX_payments_AccountId_Date" ON "payments" ("AccountId", "Date");


CREATE UNIQUE INDEX "IX_payments_ExternalId" ON "payments" ("ExternalId");


CREATE UNIQUE INDEX "IX_payments_IdempotencyKey" ON "payments" ("IdempotencyKey");


