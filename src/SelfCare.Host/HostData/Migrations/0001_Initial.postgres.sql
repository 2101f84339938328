CREATE TABLE host_operators (
    "Id" uuid NOT NULL,
    "Email" character varying(256) NOT NULL,
    "PasswordHash" character varying(400) NOT NULL,
    "FailedLogins" integer NOT NULL,
    "LockedUntil" timestamp with time zone,
    CONSTRAINT "PK_host_operators" PRIMARY KEY ("Id")
);


CREATE TABLE tenants (
    "Id" character varying(40) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Hosts" character varying(1000) NOT NULL,
    "Prefix" character varying(40),
    "Theme" character varying(40) NOT NULL,
    "TimeZone" character varying(60) NOT NULL,
    "State" character varying(20) NOT NULL,
    "DatabaseProvider" character varying(20) NOT NULL,
    "ConnectionString" character varying(1000),
    "EnabledFeatures" character varying(1000) NOT NULL,
    "FeatureProfile" character varying(1000) NOT NULL,
    "IsDemo" boolean NOT NULL,
    "FirstAdminEmail" character varying(256),
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_tenants" PRIMARY KEY ("Id")
);


CREATE UNIQUE INDEX "IX_host_operators_Email" ON host_operators ("Email");


CREATE UNIQUE INDEX "IX_tenants_Prefix" ON tenants ("Prefix");


