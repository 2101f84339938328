CREATE TABLE business_days (
    "Day" integer NOT NULL,
    "OpensAt" integer,
    "ClosesAt" integer,
    CONSTRAINT "PK_business_days" PRIMARY KEY ("Day")
);


CREATE TABLE helpdesk_settings (
    "Id" integer NOT NULL,
    "TimeZone" character varying(64),
    "EmergencyPhone" character varying(40),
    "QueueLimit" integer NOT NULL,
    "EmergencyResponseHours" integer NOT NULL,
    "EmergencyResolutionHours" integer NOT NULL,
    "HelpDeskResponseHours" integer NOT NULL,
    "HelpDeskResolutionHours" integer NOT NULL,
    "ProfessionalResponseHours" integer NOT NULL,
    "ProfessionalResolutionHours" integer NOT NULL,
    CONSTRAINT "PK_helpdesk_settings" PRIMARY KEY ("Id")
);


CREATE TABLE holidays (
    "Date" date NOT NULL,
    "Name" character varying(100) NOT NULL,
    CONSTRAINT "PK_holidays" PRIMARY KEY ("Date")
);


CREATE TABLE support_requests (
    "TicketId" uuid NOT NULL,
    "Number" bigint NOT NULL,
    "AccountId" uuid NOT NULL,
    "Tier" character varying(30) NOT NULL,
    "Automatic" boolean NOT NULL,
    "OutsideHours" boolean NOT NULL,
    "OpenedAt" timestamp with time zone NOT NULL,
    "ResponseDueAt" timestamp with time zone NOT NULL,
    "ResolutionDueAt" timestamp with time zone NOT NULL,
    "DoneAt" timestamp with time zone,
    "RepresentativeName" character varying(200),
    "RepresentativeEmail" character varying(256),
    "WorkWanted" character varying(2000),
    "WantedBy" character varying(200),
    "PreferredTechnician" character varying(200),
    "PreferredDate" date,
    "PreferredWindow" character varying(100),
    "HoursCap" numeric(6,2),
    "ScheduledAt" timestamp with time zone,
    "ScheduledTechnician" character varying(200),
    "RedirectedAt" timestamp with time zone,
    "RedirectedBy" character varying(256),
    "ContactForPayment" boolean NOT NULL,
    CONSTRAINT "PK_support_requests" PRIMARY KEY ("TicketId")
);


CREATE INDEX "IX_support_requests_AccountId_Number" ON support_requests ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_support_requests_Number" ON support_requests ("Number");


CREATE INDEX "IX_support_requests_Tier_DoneAt_Number" ON support_requests ("Tier", "DoneAt", "Number");


