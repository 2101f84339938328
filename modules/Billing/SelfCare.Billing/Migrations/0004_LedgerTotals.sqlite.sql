-- Ledger totals (issue 5, Summary performance): per-account, per-invoice and per-account-month totals in whole cents,
-- kept in the same transaction as every ledger write (Totals/LedgerTotals.cs); the index on adjustments(InvoiceId) for invoice balances.
CREATE TABLE "account_totals" (
    "AccountId" TEXT NOT NULL CONSTRAINT "PK_account_totals" PRIMARY KEY,
    "Currency" TEXT NOT NULL,
    "InvoicedCents" INTEGER NOT NULL,
    "PaidCents" INTEGER NOT NULL,
    "CreditsCents" INTEGER NOT NULL,
    "DebitsCents" INTEGER NOT NULL,
    "BalanceCents" INTEGER NOT NULL,
    "Stamp" INTEGER NOT NULL
);

CREATE TABLE "invoice_totals" (
    "InvoiceId" TEXT NOT NULL CONSTRAINT "PK_invoice_totals" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "AmountCents" INTEGER NOT NULL,
    "PaidCents" INTEGER NOT NULL,
    "CreditsCents" INTEGER NOT NULL,
    "DebitsCents" INTEGER NOT NULL,
    "BalanceCents" INTEGER NOT NULL
);

CREATE TABLE "account_month_totals" (
    "AccountId" TEXT NOT NULL,
    "Month" TEXT NOT NULL,
    "Invoices" INTEGER NOT NULL,
    "BilledCents" INTEGER NOT NULL,
    "PaidCents" INTEGER NOT NULL,
    CONSTRAINT "PK_account_month_totals" PRIMARY KEY ("AccountId", "Month")
);

CREATE INDEX "IX_adjustments_InvoiceId" ON "adjustments" ("InvoiceId");

CREATE INDEX "IX_invoice_totals_AccountId_BalanceCents" ON "invoice_totals" ("AccountId", "BalanceCents");

-- Backfill from the ledger, as LedgerTotals keeps them from now on (whole cents; only succeeded payments count).
INSERT INTO invoice_totals ("InvoiceId", "AccountId", "Number", "DueDate", "Currency", "AmountCents", "PaidCents", "CreditsCents", "DebitsCents", "BalanceCents")
SELECT t."Id", t."AccountId", t."Number", t."DueDate", t."Currency", t.amount, t.paid, t.credits, t.debits, t.amount - t.paid - t.credits + t.debits
FROM (
    SELECT i."Id", i."AccountId", i."Number", i."DueDate", i."Currency", CAST(round(CAST(i."Amount" AS REAL) * 100) AS INTEGER) AS amount,
        COALESCE((SELECT SUM(CAST(round(CAST(x."Amount" AS REAL) * 100) AS INTEGER)) FROM payment_allocations x JOIN payments p ON p."Id" = x."PaymentRowId"
            WHERE x."InvoiceId" = i."Id" AND p."Status" = 'Succeeded'), 0) AS paid,
        COALESCE((SELECT SUM(CAST(round(CAST(d."Amount" AS REAL) * 100) AS INTEGER)) FROM adjustments d WHERE d."InvoiceId" = i."Id" AND d."Kind" = 'Credit'), 0) AS credits,
        COALESCE((SELECT SUM(CAST(round(CAST(d."Amount" AS REAL) * 100) AS INTEGER)) FROM adjustments d WHERE d."InvoiceId" = i."Id" AND d."Kind" = 'Debit'), 0) AS debits
    FROM invoices i
) t;

INSERT INTO account_totals ("AccountId", "Currency", "InvoicedCents", "PaidCents", "CreditsCents", "DebitsCents", "BalanceCents", "Stamp")
SELECT l."AccountId", MAX(l."Currency"), SUM(l.invoiced), SUM(l.paid), SUM(l.credits), SUM(l.debits),
    SUM(l.invoiced) - SUM(l.paid) - SUM(l.credits) + SUM(l.debits), abs(random())
FROM (
    SELECT "AccountId", "Currency", CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER) AS invoiced, 0 AS paid, 0 AS credits, 0 AS debits FROM invoices
    UNION ALL
    SELECT "AccountId", "Currency", 0, CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER), 0, 0 FROM payments WHERE "Status" = 'Succeeded'
    UNION ALL
    SELECT "AccountId", "Currency", 0, 0, CASE WHEN "Kind" = 'Credit' THEN CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER) ELSE 0 END,
        CASE WHEN "Kind" = 'Debit' THEN CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER) ELSE 0 END FROM adjustments
) l
GROUP BY l."AccountId";

INSERT INTO account_month_totals ("AccountId", "Month", "Invoices", "BilledCents", "PaidCents")
SELECT l."AccountId", l.month, SUM(l.invoices), SUM(l.billed), SUM(l.paid)
FROM (
    SELECT "AccountId", substr("IssueDate", 1, 8) || '01' AS month, 1 AS invoices, CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER) AS billed, 0 AS paid FROM invoices
    UNION ALL
    SELECT "AccountId", substr("Date", 1, 8) || '01', 0, 0, CAST(round(CAST("Amount" AS REAL) * 100) AS INTEGER) FROM payments WHERE "Status" = 'Succeeded'
) l
GROUP BY l."AccountId", l.month;
