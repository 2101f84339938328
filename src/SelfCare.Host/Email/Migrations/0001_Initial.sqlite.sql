CREATE TABLE "email_outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_email_outbox" PRIMARY KEY,
    "MessageId" TEXT NOT NULL,
    "Template" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "LeaseToken" TEXT NULL,
    "LeaseUntil" TEXT NULL,
    "LastError" TEXT NULL
);


CREATE TABLE "email_settings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_email_settings" PRIMARY KEY,
    "FromName" TEXT NULL,
    "FromAddress" TEXT NULL,
    "ReplyTo" TEXT NULL,
    "UseHostServer" INTEGER NOT NULL,
    "SmtpHost" TEXT NULL,
    "SmtpPort" INTEGER NOT NULL,
    "SmtpUser" TEXT NULL,
    "SmtpPasswordProtected" TEXT NULL,
    "SmtpEnableSsl" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "email_templates" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_email_templates" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "IsCustom" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);


CREATE INDEX "IX_email_outbox_CreatedAt" ON "email_outbox" ("CreatedAt");


CREATE INDEX "IX_email_outbox_Status_NextAttemptAt" ON "email_outbox" ("Status", "NextAttemptAt");


