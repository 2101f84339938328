CREATE TABLE "job_executions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_job_executions" PRIMARY KEY,
    "Job" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "StartedAtMs" INTEGER NOT NULL,
    "FinishedAtMs" INTEGER NULL,
    "Outcome" TEXT NOT NULL,
    "Error" TEXT NULL,
    "Node" TEXT NULL
);


CREATE TABLE "job_runs" (
    "Job" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "LeaseUntilMs" INTEGER NOT NULL,
    "FinishedAt" TEXT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "PK_job_runs" PRIMARY KEY ("Job", "Period")
);


CREATE INDEX "IX_job_executions_Job_StartedAtMs" ON "job_executions" ("Job", "StartedAtMs");


