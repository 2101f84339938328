CREATE TABLE files (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "OriginalName" character varying(200) NOT NULL,
    "Size" bigint NOT NULL,
    "Kind" character varying(100) NOT NULL,
    "ContentType" character varying(200) NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_files" PRIMARY KEY ("Id")
);


CREATE INDEX "IX_files_AccountId" ON files ("AccountId");


