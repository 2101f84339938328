CREATE TABLE "files" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_files" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "OriginalName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL
);


CREATE INDEX "IX_files_AccountId" ON "files" ("AccountId");


