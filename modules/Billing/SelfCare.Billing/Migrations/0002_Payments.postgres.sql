CREATE TABLE ach_authorizations (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "PaymentId" uuid,
    "PaymentMethodId" uuid,
    "AuthorizedBy" character varying(256) NOT NULL,
    "AuthorizedAt" timestamp with time zone NOT NULL,
    "Text" character varying(2000) NOT NULL,
    "IpAddress" character varying(64),
    CONSTRAINT "PK_ach_authorizations" PRIMARY KEY ("Id")
);

CREATE TABLE billing_settings (
    "Id" integer NOT NULL,
    "OfferCards" boolean NOT NULL,
    "OfferAch" boolean NOT NULL,
    "CardFeePercent" numeric(5,2) NOT NULL,
    "CardFeeFlat" numeric(18,2) NOT NULL,
    "AllowOverpayment" boolean NOT NULL,
    "CustomersMayChangeAutopay" boolean NOT NULL,
    CONSTRAINT "PK_billing_settings" PRIMARY KEY ("Id")
);

CREATE TABLE payment_methods (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Kind" character varying(10) NOT NULL,
    "Gateway" character varying(40) NOT NULL,
    "Token" character varying(200) NOT NULL,
    "Brand" character varying(20) NOT NULL,
    "Last4" character varying(4) NOT NULL,
    "ExpiryMonth" integer,
    "ExpiryYear" integer,
    "HolderName" character varying(100) NOT NULL,
    "BankAccountType" character varying(10),
    "RoutingLast4" character varying(4),
    "IsDefault" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_payment_methods" PRIMARY KEY ("Id")
);

CREATE TABLE portal_charges (
    "PaymentId" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Gateway" character varying(40) NOT NULL,
    "TransactionId" character varying(100),
    "Fee" numeric(18,2) NOT NULL,
    "Total" numeric(18,2) NOT NULL,
    "PaymentMethodId" uuid,
    "FailureMessage" character varying(300),
    CONSTRAINT "PK_portal_charges" PRIMARY KEY ("PaymentId")
);

CREATE INDEX "IX_ach_authorizations_AccountId" ON ach_authorizations ("AccountId");

CREATE INDEX "IX_payment_methods_AccountId" ON payment_methods ("AccountId");
