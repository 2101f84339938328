CREATE TABLE account_options (
    "AccountId" uuid NOT NULL,
    "BillDelivery" character varying(20) NOT NULL,
    "Paperless" boolean NOT NULL,
    "BillingEmail" character varying(256),
    "NotifyBills" boolean NOT NULL,
    "NotifyPayments" boolean NOT NULL,
    "NotifyOrders" boolean NOT NULL,
    "NotifyTickets" boolean NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256),
    CONSTRAINT "PK_account_options" PRIMARY KEY ("AccountId")
);

CREATE TABLE account_options_policy (
    "Id" integer NOT NULL,
    "AllowNoBillDelivery" boolean NOT NULL,
    CONSTRAINT "PK_account_options_policy" PRIMARY KEY ("Id")
);
