ALTER TABLE "AspNetUsers" ADD "Fax" character varying(40);

ALTER TABLE "AspNetUsers" ADD "MustChangePassword" boolean NOT NULL DEFAULT FALSE;

CREATE TABLE user_access_codes (
    "Id" uuid NOT NULL,
    "UserId" character varying(450) NOT NULL,
    "Purpose" character varying(20) NOT NULL,
    "CodeHash" character varying(64) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "UsedAt" timestamp with time zone,
    "Attempts" integer NOT NULL,
    CONSTRAINT "PK_user_access_codes" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_user_access_codes_UserId" ON user_access_codes ("UserId");

CREATE TABLE security_events (
    "Id" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "UserId" character varying(450),
    "Email" character varying(256),
    "Actor" character varying(256),
    "Detail" character varying(300),
    "IpAddress" character varying(64),
    CONSTRAINT "PK_security_events" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_security_events_At" ON security_events ("At");

CREATE INDEX "IX_security_events_UserId_At" ON security_events ("UserId", "At");
