CREATE TABLE "low_balance_alerts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_low_balance_alerts" PRIMARY KEY,
    "AgreementId" TEXT NOT NULL,
    "AccountId" TEXT NOT NULL,
    "BalanceMinutes" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL
);

CREATE INDEX "IX_low_balance_alerts_AccountId" ON "low_balance_alerts" ("AccountId");

CREATE INDEX "IX_low_balance_alerts_AgreementId_SentAt" ON "low_balance_alerts" ("AgreementId", "SentAt");
