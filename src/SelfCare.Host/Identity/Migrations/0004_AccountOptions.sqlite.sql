CREATE TABLE "account_options" (
    "AccountId" TEXT NOT NULL CONSTRAINT "PK_account_options" PRIMARY KEY,
    "BillDelivery" TEXT NOT NULL,
    "Paperless" INTEGER NOT NULL,
    "BillingEmail" TEXT NULL,
    "NotifyBills" INTEGER NOT NULL,
    "NotifyPayments" INTEGER NOT NULL,
    "NotifyOrders" INTEGER NOT NULL,
    "NotifyTickets" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE TABLE "account_options_policy" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_account_options_policy" PRIMARY KEY,
    "AllowNoBillDelivery" INTEGER NOT NULL
);
