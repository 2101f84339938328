CREATE TABLE account_rename_requests (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "RequestedName" character varying(200) NOT NULL,
    "Reason" character varying(1000),
    "RequestedBy" character varying(256) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    "Status" character varying(20) NOT NULL,
    "DecidedBy" character varying(256),
    "DecidedAt" timestamp with time zone,
    CONSTRAINT "PK_account_rename_requests" PRIMARY KEY ("Id")
);


CREATE TABLE account_renames (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "OldName" character varying(200) NOT NULL,
    "NewName" character varying(200) NOT NULL,
    "RenamedBy" character varying(256) NOT NULL,
    "RenamedAt" timestamp with time zone NOT NULL,
    "RequestId" uuid,
    CONSTRAINT "PK_account_renames" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_account_rename_requests_AccountId_Status" ON account_rename_requests ("AccountId", "Status");


CREATE INDEX "IX_account_renames_AccountId" ON account_renames ("AccountId");
