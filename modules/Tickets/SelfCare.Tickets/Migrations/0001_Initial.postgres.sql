CREATE TABLE tickets (
    "Id" uuid NOT NULL,
    "Number" bigint NOT NULL,
    "ExternalId" character varying(100),
    "AccountId" uuid NOT NULL,
    "Category" character varying(20) NOT NULL,
    "Priority" character varying(20) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Subject" character varying(200) NOT NULL,
    "Description" character varying(8000) NOT NULL,
    "AboutKind" character varying(20),
    "AboutId" uuid,
    "AboutTitle" character varying(300),
    "AssignedTo" character varying(256),
    "ContactEmail" character varying(256),
    "ContactName" character varying(200),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_tickets" PRIMARY KEY ("Id")
);


CREATE TABLE ticket_journal (
    "Id" uuid NOT NULL,
    "TicketRowId" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Text" character varying(8000),
    "FromStatus" character varying(20),
    "ToStatus" character varying(20),
    "FileId" uuid,
    "FileName" character varying(260),
    "FileSize" bigint,
    "Author" character varying(256) NOT NULL,
    "ByCustomer" boolean NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "IdempotencyKey" character varying(150),
    "ExternalId" character varying(100),
    CONSTRAINT "PK_ticket_journal" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ticket_journal_tickets_TicketRowId" FOREIGN KEY ("TicketRowId") REFERENCES tickets ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_ticket_journal_IdempotencyKey" ON ticket_journal ("IdempotencyKey");


CREATE UNIQUE INDEX "IX_ticket_journal_TicketRowId_ExternalId" ON ticket_journal ("TicketRowId", "ExternalId");


CREATE UNIQUE INDEX "IX_ticket_journal_TicketRowId_Sequence" ON ticket_journal ("TicketRowId", "Sequence");


CREATE INDEX "IX_tickets_AboutKind_AboutId" ON tickets ("AboutKind", "AboutId");


CREATE INDEX "IX_tickets_AccountId_Number" ON tickets ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_tickets_ExternalId" ON tickets ("ExternalId");


CREATE UNIQUE INDEX "IX_tickets_Number" ON tickets ("Number");


CREATE INDEX "IX_tickets_Status_AssignedTo_Number" ON tickets ("Status", "AssignedTo", "Number");


