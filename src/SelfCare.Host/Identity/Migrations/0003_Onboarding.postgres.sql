CREATE TABLE onboarding_requests (
    "Id" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "AccountId" uuid,
    "AccountNumber" character varying(40),
    "Name" character varying(200) NOT NULL,
    "Email" character varying(256) NOT NULL,
    "Phone" character varying(40),
    "Company" character varying(200),
    "Message" character varying(1000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(256),
    "IpAddress" character varying(64),
    CONSTRAINT "PK_onboarding_requests" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_onboarding_requests_Email_CreatedAt" ON onboarding_requests ("Email", "CreatedAt");

CREATE INDEX "IX_onboarding_requests_IpAddress_CreatedAt" ON onboarding_requests ("IpAddress", "CreatedAt");

CREATE INDEX "IX_onboarding_requests_Kind_Status_CreatedAt" ON onboarding_requests ("Kind", "Status", "CreatedAt");

CREATE TABLE onboarding_settings (
    "Id" integer NOT NULL,
    "Mode" character varying(20) NOT NULL,
    CONSTRAINT "PK_onboarding_settings" PRIMARY KEY ("Id")
);
