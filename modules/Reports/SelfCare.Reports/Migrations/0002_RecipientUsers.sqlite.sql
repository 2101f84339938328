ALTER TABLE "report_schedule_recipients" ADD COLUMN "UserId" TEXT NULL;
