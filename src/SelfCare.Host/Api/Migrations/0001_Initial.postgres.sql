CREATE TABLE api_keys (
    "Id" character varying(32) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Scopes" character varying(2000) NOT NULL,
    "SecretHash" bytea NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "ExpiresAt" timestamp with time zone,
    "RevokedAt" timestamp with time zone,
    "RevokedBy" character varying(256),
    "LastUsedAt" timestamp with time zone,
    CONSTRAINT "PK_api_keys" PRIMARY KEY ("Id")
);
