CREATE TABLE "account_rename_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_account_rename_requests" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "RequestedName" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" TEXT NULL
);


CREATE TABLE "account_renames" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_account_renames" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "OldName" TEXT NOT NULL,
    "NewName" TEXT NOT NULL,
    "RenamedBy" TEXT NOT NULL,
    "RenamedAt" TEXT NOT NULL,
    "RequestId" TEXT NULL
);


CREATE INDEX "IX_account_rename_requests_AccountId_Status" ON "account_rename_requests" ("AccountId", "Status");


CREATE INDEX "IX_account_renames_AccountId" ON "account_renames" ("AccountId");
