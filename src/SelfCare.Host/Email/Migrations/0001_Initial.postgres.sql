CREATE TABLE email_outbox (
    "Id" uuid NOT NULL,
    "MessageId" character varying(200) NOT NULL,
    "Template" character varying(100) NOT NULL,
    "ToAddress" character varying(320) NOT NULL,
    "ToName" character varying(200),
    "Subject" character varying(1000) NOT NULL,
    "HtmlBody" text NOT NULL,
    "TextBody" text NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Attempts" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "NextAttemptAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    "LeaseToken" character varying(40),
    "LeaseUntil" timestamp with time zone,
    "LastError" character varying(2000),
    CONSTRAINT "PK_email_outbox" PRIMARY KEY ("Id")
);


CREATE TABLE email_settings (
    "Id" integer NOT NULL,
    "FromName" character varying(200),
    "FromAddress" character varying(320),
    "ReplyTo" character varying(320),
    "UseHostServer" boolean NOT NULL,
    "SmtpHost" character varying(253),
    "SmtpPort" integer NOT NULL,
    "SmtpUser" character varying(256),
    "SmtpPasswordProtected" character varying(2000),
    "SmtpEnableSsl" boolean NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_email_settings" PRIMARY KEY ("Id")
);


CREATE TABLE email_templates (
    "Name" character varying(100) NOT NULL,
    "Subject" character varying(1000) NOT NULL,
    "HtmlBody" text NOT NULL,
    "TextBody" text NOT NULL,
    "IsCustom" boolean NOT NULL,
    "Version" integer NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256),
    CONSTRAINT "PK_email_templates" PRIMARY KEY ("Name")
);


CREATE INDEX "IX_email_outbox_CreatedAt" ON email_outbox ("CreatedAt");


CREATE INDEX "IX_email_outbox_Status_NextAttemptAt" ON email_outbox ("Status", "NextAttemptAt");


