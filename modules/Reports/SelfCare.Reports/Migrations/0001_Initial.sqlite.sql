CREATE TABLE "report_background_runs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_background_runs" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Rows" INTEGER NOT NULL,
    "DownloadId" TEXT NULL,
    "Error" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL
);


CREATE TABLE "report_downloads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_downloads" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "FileId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Key" TEXT NULL,
    "Size" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "report_saved" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_saved" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "OwnerName" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "Shared" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "report_schedule_runs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_schedule_runs" PRIMARY KEY,
    "ScheduleId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Rows" INTEGER NOT NULL,
    "DownloadId" TEXT NULL,
    "FileName" TEXT NULL,
    "FileSize" INTEGER NOT NULL,
    "Recipients" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NOT NULL,
    "Error" TEXT NULL
);


CREATE TABLE "report_schedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_schedules" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "OwnerEmail" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "ParametersJson" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Frequency" TEXT NOT NULL,
    "DayOfWeek" INTEGER NULL,
    "DayOfMonth" INTEGER NULL,
    "TimeOfDayMinutes" INTEGER NOT NULL,
    "Message" TEXT NULL,
    "Active" INTEGER NOT NULL,
    "NextRunAt" TEXT NOT NULL,
    "FailedAttempts" INTEGER NOT NULL,
    "RetryAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "report_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_report_settings" PRIMARY KEY,
    "RetentionDays" INTEGER NOT NULL
);


CREATE TABLE "report_schedule_recipients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_report_schedule_recipients" PRIMARY KEY,
    "ScheduleId" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "UnsubscribedAt" TEXT NULL,
    CONSTRAINT "FK_report_schedule_recipients_report_schedules_ScheduleId" FOREIGN KEY ("ScheduleId") REFERENCES "report_schedules" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_report_background_runs_UserId" ON "report_background_runs" ("UserId");


CREATE INDEX "IX_report_downloads_AccountId_CreatedAt" ON "report_downloads" ("AccountId", "CreatedAt");


CREATE UNIQUE INDEX "IX_report_downloads_AccountId_Key" ON "report_downloads" ("AccountId", "Key");


CREATE INDEX "IX_report_downloads_CreatedAt" ON "report_downloads" ("CreatedAt");


CREATE INDEX "IX_report_saved_AccountId" ON "report_saved" ("AccountId");


CREATE INDEX "IX_report_schedule_recipients_ScheduleId" ON "report_schedule_recipients" ("ScheduleId");


CREATE INDEX "IX_report_schedule_runs_DownloadId" ON "report_schedule_runs" ("DownloadId");


CREATE UNIQUE INDEX "IX_report_schedule_runs_ScheduleId_Period" ON "report_schedule_runs" ("ScheduleId", "Period");


CREATE INDEX "IX_report_schedule_runs_ScheduleId_StartedAt" ON "report_schedule_runs" ("ScheduleId", "StartedAt");


CREATE INDEX "IX_report_schedules_AccountId" ON "report_schedules" ("AccountId");


CREATE INDEX "IX_report_schedules_Active_NextRunAt" ON "report_schedules" ("Active", "NextRunAt");


