CREATE TABLE job_executions (
    "Id" uuid NOT NULL,
    "Job" character varying(200) NOT NULL,
    "Key" character varying(200) NOT NULL,
    "StartedAtMs" bigint NOT NULL,
    "FinishedAtMs" bigint,
    "Outcome" character varying(20) NOT NULL,
    "Error" character varying(2000),
    "Node" character varying(200),
    CONSTRAINT "PK_job_executions" PRIMARY KEY ("Id")
);


CREATE TABLE job_runs (
    "Job" character varying(200) NOT NULL,
    "Period" character varying(100) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Attempts" integer NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "LeaseUntilMs" bigint NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Error" character varying(2000),
    CONSTRAINT "PK_job_runs" PRIMARY KEY ("Job", "Period")
);


CREATE INDEX "IX_job_executions_Job_StartedAtMs" ON job_executions ("Job", "StartedAtMs");


