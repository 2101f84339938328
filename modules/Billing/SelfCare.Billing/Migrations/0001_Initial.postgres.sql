CREATE TABLE adjustments (
    "Id" uuid NOT NULL,
    "ExternalId" character varying(100),
    "AccountId" uuid NOT NULL,
    "InvoiceId" uuid,
    "Kind" character varying(10) NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Date" date NOT NULL,
    "Description" character varying(300) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_adjustments" PRIMARY KEY ("Id")
);


CREATE TABLE invoices (
    "Id" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "ExternalId" character varying(100),
    "AccountId" uuid NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "IssueDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_invoices" PRIMARY KEY ("Id")
);


CREATE TABLE payments (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Date" date NOT NULL,
    "Method" character varying(100) NOT NULL,
    "Source" character varying(20) NOT NULL,
    "ExternalId" character varying(100),
    "IdempotencyKey" character varying(100),
    "Status" character varying(20) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256),
    CONSTRAINT "PK_payments" PRIMARY KEY ("Id")
);


CREATE TABLE invoice_charges (
    "Id" uuid NOT NULL,
    "InvoiceRowId" uuid NOT NULL,
    "Category" character varying(20) NOT NULL,
    "ServiceId" character varying(60),
    "Product" character varying(200) NOT NULL,
    "Quantity" numeric(18,4) NOT NULL,
    "UnitPrice" numeric(18,4) NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "PeriodStart" date,
    "PeriodEnd" date,
    "Position" integer NOT NULL,
    CONSTRAINT "PK_invoice_charges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_invoice_charges_invoices_InvoiceRowId" FOREIGN KEY ("InvoiceRowId") REFERENCES invoices ("Id") ON DELETE CASCADE
);


CREATE TABLE payment_allocations (
    "Id" uuid NOT NULL,
    "PaymentRowId" uuid NOT NULL,
    "InvoiceId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    CONSTRAINT "PK_payment_allocations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_payment_allocations_payments_PaymentRowId" FOREIGN KEY ("PaymentRowId") REFERENCES payments ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_adjustments_AccountId_Date" ON adjustments ("AccountId", "Date");


CREATE UNIQUE INDEX "IX_adjustments_ExternalId" ON adjustments ("ExternalId");


CREATE INDEX "IX_invoice_charges_InvoiceRowId" ON invoice_charges ("InvoiceRowId");


CREATE INDEX "IX_invoices_AccountId_IssueDate" ON invoices ("AccountId", "IssueDate");


CREATE UNIQUE INDEX "IX_invoices_ExternalId" ON invoices ("ExternalId");


CREATE UNIQUE INDEX "IX_invoices_Number" ON invoices ("Number");


CREATE INDEX "IX_payment_allocations_InvoiceId" ON payment_allocations ("InvoiceId");


CREATE INDEX "IX_payment_allocations_PaymentRowId" ON payment_allocations ("PaymentRowId");


CREATE INDEX "IX_payments_AccountId_Date" ON payments ("AccountId", "Date");


CREATE UNIQUE INDEX "IX_payments_ExternalId" ON payments ("ExternalId");


CREATE UNIQUE INDEX "IX_payments_IdempotencyKey" ON payments ("IdempotencyKey");


