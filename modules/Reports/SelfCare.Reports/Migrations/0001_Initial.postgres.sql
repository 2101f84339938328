CREATE TABLE report_background_runs (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "UserId" character varying(450) NOT NULL,
    "DefinitionId" character varying(100) NOT NULL,
    "Query" character varying(2000) NOT NULL,
    "Format" character varying(10) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Rows" integer NOT NULL,
    "DownloadId" uuid,
    "Error" character varying(2000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    CONSTRAINT "PK_report_background_runs" PRIMARY KEY ("Id")
);


CREATE TABLE report_downloads (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "FileId" uuid NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(120) NOT NULL,
    "Source" character varying(60) NOT NULL,
    "Key" character varying(200),
    "Size" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_report_downloads" PRIMARY KEY ("Id")
);


CREATE TABLE report_saved (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "OwnerUserId" character varying(450) NOT NULL,
    "OwnerName" character varying(256) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "DefinitionId" character varying(100) NOT NULL,
    "Query" character varying(2000) NOT NULL,
    "Shared" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_report_saved" PRIMARY KEY ("Id")
);


CREATE TABLE report_schedule_runs (
    "Id" uuid NOT NULL,
    "ScheduleId" uuid NOT NULL,
    "Period" character varying(80) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Rows" integer NOT NULL,
    "DownloadId" uuid,
    "FileName" character varying(200),
    "FileSize" bigint NOT NULL,
    "Recipients" character varying(4000) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone NOT NULL,
    "Error" character varying(2000),
    CONSTRAINT "PK_report_schedule_runs" PRIMARY KEY ("Id")
);


CREATE TABLE report_schedules (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "OwnerUserId" character varying(450) NOT NULL,
    "OwnerEmail" character varying(256) NOT NULL,
    "Name" character varying(120) NOT NULL,
    "DefinitionId" character varying(100) NOT NULL,
    "ParametersJson" text NOT NULL,
    "Format" character varying(10) NOT NULL,
    "Frequency" character varying(20) NOT NULL,
    "DayOfWeek" integer,
    "DayOfMonth" integer,
    "TimeOfDayMinutes" integer NOT NULL,
    "Message" character varying(2000),
    "Active" boolean NOT NULL,
    "NextRunAt" timestamp with time zone NOT NULL,
    "FailedAttempts" integer NOT NULL,
    "RetryAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_report_schedules" PRIMARY KEY ("Id")
);


CREATE TABLE report_settings (
    "Id" integer NOT NULL,
    "RetentionDays" integer NOT NULL,
    CONSTRAINT "PK_report_settings" PRIMARY KEY ("Id")
);


CREATE TABLE report_schedule_recipients (
    "Id" uuid NOT NULL,
    "ScheduleId" uuid NOT NULL,
    "Address" character varying(256) NOT NULL,
    "UnsubscribedAt" timestamp with time zone,
    CONSTRAINT "PK_report_schedule_recipients" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_report_schedule_recipients_report_schedules_ScheduleId" FOREIGN KEY ("ScheduleId") REFERENCES report_schedules ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_report_background_runs_UserId" ON report_background_runs ("UserId");


CREATE INDEX "IX_report_downloads_AccountId_CreatedAt" ON report_downloads ("AccountId", "CreatedAt");


CREATE UNIQUE INDEX "IX_report_downloads_AccountId_Key" ON report_downloads ("AccountId", "Key");


CREATE INDEX "IX_report_downloads_CreatedAt" ON report_downloads ("CreatedAt");


CREATE INDEX "IX_report_saved_AccountId" ON report_saved ("AccountId");


CREATE INDEX "IX_report_schedule_recipients_ScheduleId" ON report_schedule_recipients ("ScheduleId");


CREATE INDEX "IX_report_schedule_runs_DownloadId" ON report_schedule_runs ("DownloadId");


CREATE UNIQUE INDEX "IX_report_schedule_runs_ScheduleId_Period" ON report_schedule_runs ("ScheduleId", "Period");


CREATE INDEX "IX_report_schedule_runs_ScheduleId_StartedAt" ON report_schedule_runs ("ScheduleId", "StartedAt");


CREATE INDEX "IX_report_schedules_AccountId" ON report_schedules ("AccountId");


CREATE INDEX "IX_report_schedules_Active_NextRunAt" ON report_schedules ("Active", "NextRunAt");


