CREATE TABLE low_balance_alerts (
    "Id" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "BalanceMinutes" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    CONSTRAINT "PK_low_balance_alerts" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_low_balance_alerts_AccountId" ON low_balance_alerts ("AccountId");

CREATE INDEX "IX_low_balance_alerts_AgreementId_SentAt" ON low_balance_alerts ("AgreementId", "SentAt");
