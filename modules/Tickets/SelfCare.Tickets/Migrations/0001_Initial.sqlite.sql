CREATE TABLE "tickets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tickets" PRIMARY KEY,
    "Number" INTEGER NOT NULL,
    "ExternalId" TEXT NULL,
    "AccountId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "AboutKind" TEXT NULL,
    "AboutId" TEXT NULL,
    "AboutTitle" TEXT NULL,
    "AssignedTo" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "ContactName" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "ticket_journal" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ticket_journal" PRIMARY KEY,
    "TicketRowId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NULL,
    "FileId" TEXT NULL,
    "FileName" TEXT NULL,
    "FileSize" INTEGER NULL,
    "Author" TEXT NOT NULL,
    "ByCustomer" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "IdempotencyKey" TEXT NULL,
    "ExternalId" TEXT NULL,
    CONSTRAINT "FK_ticket_journal_tickets_TicketRowId" FOREIGN KEY ("TicketRowId") REFERENCES "tickets" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_ticket_journal_IdempotencyKey" ON "ticket_journal" ("IdempotencyKey");


CREATE UNIQUE INDEX "IX_ticket_journal_TicketRowId_ExternalId" ON "ticket_journal" ("TicketRowId", "ExternalId");


CREATE UNIQUE INDEX "IX_ticket_journal_TicketRowId_Sequence" ON "ticket_journal" ("TicketRowId", "Sequence");


CREATE INDEX "IX_tickets_AboutKind_AboutId" ON "tickets" ("AboutKind", "AboutId");


CREATE INDEX "IX_tickets_AccountId_Number" ON "tickets" ("AccountId", "Number");


CREATE UNIQUE INDEX "IX_tickets_ExternalId" ON "tickets" ("ExternalId");


CREATE UNIQUE INDEX "IX_tickets_Number" ON "tickets" ("Number");


CREATE INDEX "IX_tickets_Status_AssignedTo_Number" ON "tickets" ("Status", "AssignedTo", "Number");


