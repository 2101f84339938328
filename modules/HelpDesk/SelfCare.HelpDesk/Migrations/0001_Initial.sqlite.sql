CREATE TABLE "business_days" (
    "Day" INTEGER NOT NULL CONSTRAINT "PK_business_days" PRIMARY KEY,
    "OpensAt" INTEGER NULL,
    "ClosesAt" INTEGER NULL
);


CREATE TABLE "helpdesk_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_helpdesk_settings" PRIMARY KEY,
    "TimeZone" TEXT NULL,
    "EmergencyPhone" TEXT NULL,
    "QueueLimit" INTEGER NOT NULL,
    "EmergencyResponseHours" INTEGER NOT NULL,
    "EmergencyResolutionHours" INTEGER NOT NULL,
    "HelpDeskResponseHours" INTEGER NOT NULL,
    "HelpDeskResolutionHours" INTEGER NOT NULL,
    "ProfessionalResponseHours" INTEGER NOT NULL,
    "ProfessionalResolutionHours" INTEGER NOT NULL
);


CREATE TABLE "holidays" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_holidays" PRIMARY KEY,
    "Name" TEXT NOT NULL
);


CREATE TABLE "support_requests" (
    "TicketId" TEXT NOT NULL CONSTRAINT "PK_support_requests" PRIMARY KEY,
    "Number" INTEGER NOT NULL,
    "AccountId" TEXT NOT NULL,
    "Tier" TEXT NOT NULL,
    "Automatic" INTEGER NOT NULL,
    "OutsideHours" INTEGER NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ResponseDueAt" TEXT NOT NULL,
    "ResolutionDueAt" TEXT NOT NULL,
    "DoneAt" TEXT NULL,
    "RepresentativeName" TEXT NULL,
    "RepresentativeEmail" TEXT NULL,
    "WorkWanted" TEXT NULL,
    "WantedBy" TEXT NULL,
    "PreferredTechnician" TEXT NULL,
    "PreferredDate" TEXT NULL,
    "PreferredWindow" TEXT NULL,
    "HoursCap" TEXT NULL,
    "ScheduledAt" TEXT NULL,
    "ScheduledTechnician" TEXT NULL,
    "RedirectedAt" TEXT NULL,
    "RedirectedBy" TEXT NULL,
    "ContactForPayment" INTEGER NOT NULL
);


CREATE INDEX "IX_support_requests_AccountId_Number" ON "support_requests" ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_support_requests_Number" ON "support_requests" ("Number");


CREATE INDEX "IX_support_requests_Tier_DoneAt_Number" ON "support_requests" ("Tier", "DoneAt", "Number");


