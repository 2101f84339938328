CREATE TABLE "ach_authorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ach_authorizations" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "PaymentId" TEXT NULL,
    "PaymentMethodId" TEXT NULL,
    "AuthorizedBy" TEXT NOT NULL,
    "AuthorizedAt" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "IpAddress" TEXT NULL
);

CREATE TABLE "billing_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_billing_settings" PRIMARY KEY,
    "OfferCards" INTEGER NOT NULL,
    "OfferAch" INTEGER NOT NULL,
    "CardFeePercent" TEXT NOT NULL,
    "CardFeeFlat" TEXT NOT NULL,
    "AllowOverpayment" INTEGER NOT NULL,
    "CustomersMayChangeAutopay" INTEGER NOT NULL
);

CREATE TABLE "payment_methods" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_payment_methods" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Gateway" TEXT NOT NULL,
    "Token" TEXT NOT NULL,
    "Brand" TEXT NOT NULL,
    "Last4" TEXT NOT NULL,
    "ExpiryMonth" INTEGER NULL,
    "ExpiryYear" INTEGER NULL,
    "HolderName" TEXT NOT NULL,
    "BankAccountType" TEXT NULL,
    "RoutingLast4" TEXT NULL,
    "IsDefault" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE TABLE "portal_charges" (
    "PaymentId" TEXT NOT NULL CONSTRAINT "PK_portal_charges" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Gateway" TEXT NOT NULL,
    "TransactionId" TEXT NULL,
    "Fee" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "PaymentMethodId" TEXT NULL,
    "FailureMessage" TEXT NULL
);

CREATE INDEX "IX_ach_authorizations_AccountId" ON "ach_authorizations" ("AccountId");

CREATE INDEX "IX_payment_methods_AccountId" ON "payment_methods" ("AccountId");
