-- Ledger totals (issue 5, Summary performance): per-account, per-invoice and per-account-month totals in whole cents,
-- kept in the same transaction as every ledger write (Totals/LedgerTotals.cs); the index on adjustments(InvoiceId) for invoice balances.
CREATE TABLE account_totals (
    "AccountId" uuid NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "InvoicedCents" bigint NOT NULL,
    "PaidCents" bigint NOT NULL,
    "CreditsCents" bigint NOT NULL,
    "DebitsCents" bigint NOT NULL,
    "BalanceCents" bigint NOT NULL,
    "Stamp" bigint NOT NULL,
    CONSTRAINT "PK_account_totals" PRIMARY KEY ("AccountId")
);

CREATE TABLE invoice_totals (
    "InvoiceId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "DueDate" date NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "AmountCents" bigint NOT NULL,
    "PaidCents" bigint NOT NULL,
    "CreditsCents" bigint NOT NULL,
    "DebitsCents" bigint NOT NULL,
    "BalanceCents" bigint NOT NULL,
    CONSTRAINT "PK_invoice_totals" PRIMARY KEY ("InvoiceId")
);

CREATE TABLE account_month_totals (
    "AccountId" uuid NOT NULL,
    "Month" date NOT NULL,
    "Invoices" integer NOT NULL,
    "BilledCents" bigint NOT NULL,
    "PaidCents" bigint NOT NULL,
    CONSTRAINT "PK_account_month_totals" PRIMARY KEY ("AccountId", "Month")
);

CREATE INDEX "IX_adjustments_InvoiceId" ON adjustments ("InvoiceId");

CREATE INDEX "IX_invoice_totals_AccountId_BalanceCents" ON invoice_totals ("AccountId", "BalanceCents");

-- Backfill from the ledger, as LedgerTotals keeps them from now on (whole cents; only succeeded payments count).
INSERT INTO invoice_totals ("InvoiceId", "AccountId", "Number", "DueDate", "Currency", "AmountCents", "PaidCents", "CreditsCents", "DebitsCents", "BalanceCents")
SELECT t."Id", t."AccountId", t."Number", t."DueDate", t."Currency", t.amount, t.paid, t.credits, t.debits, t.amount - t.paid - t.credits + t.debits
FROM (
    SELECT i."Id", i."AccountId", i."Number", i."DueDate", i."Currency", CAST(round(i."Amount" * 100) AS bigint) AS amount,
        COALESCE((SELECT SUM(CAST(round(x."Amount" * 100) AS bigint)) FROM payment_allocations x JOIN payments p ON p."Id" = x."PaymentRowId"
            WHERE x."InvoiceId" = i."Id" AND p."Status" = 'Succeeded'), 0) AS paid,
        COALESCE((SELECT SUM(CAST(round(d."Amount" * 100) AS bigint)) FROM adjustments d WHERE d."InvoiceId" = i."Id" AND d."Kind" = 'Credit'), 0) AS credits,
        COALESCE((SELECT SUM(CAST(round(d."Amount" * 100) AS bigint)) FROM adjustments d WHERE d."InvoiceId" = i."Id" AND d."Kind" = 'Debit'), 0) AS debits
    FROM invoices i
) t;

INSERT INTO account_totals ("AccountId", "Currency", "InvoicedCents", "PaidCents", "CreditsCents", "DebitsCents", "BalanceCents", "Stamp")
SELECT l."AccountId", MAX(l."Currency"), SUM(l.invoiced), SUM(l.paid), SUM(l.credits), SUM(l.debits),
    SUM(l.invoiced) - SUM(l.paid) - SUM(l.credits) + SUM(l.debits), CAST(floor(random() * 9007199254740991) AS bigint)
FROM (
    SELECT "AccountId", "Currency", CAST(round("Amount" * 100) AS bigint) AS invoiced, 0 AS paid, 0 AS credits, 0 AS debits FROM invoices
    UNION ALL
    SELECT "AccountId", "Currency", 0, CAST(round("Amount" * 100) AS bigint), 0, 0 FROM payments WHERE "Status" = 'Succeeded'
    UNION ALL
    SELECT "AccountId", "Currency", 0, 0, CASE WHEN "Kind" = 'Credit' THEN CAST(round("Amount" * 100) AS bigint) ELSE 0 END,
        CASE WHEN "Kind" = 'Debit' THEN CAST(round("Amount" * 100) AS bigint) ELSE 0 END FROM adjustments
) l
GROUP BY l."AccountId";

INSERT INTO account_month_totals ("AccountId", "Month", "Invoices", "BilledCents", "PaidCents")
SELECT l."AccountId", l.month, SUM(l.invoices), SUM(l.billed), SUM(l.paid)
FROM (
    SELECT "AccountId", CAST(date_trunc('month', "IssueDate") AS date) AS month, 1 AS invoices, CAST(round("Amount" * 100) AS bigint) AS billed, 0 AS paid FROM invoices
    UNION ALL
    SELECT "AccountId", CAST(date_trunc('month', "Date") AS date), 0, 0, CAST(round("Amount" * 100) AS bigint) FROM payments WHERE "Status" = 'Succeeded'
) l
GROUP BY l."AccountId", l.month;
