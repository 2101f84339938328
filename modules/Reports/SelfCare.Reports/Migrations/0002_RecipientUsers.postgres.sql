ALTER TABLE report_schedule_recipients ADD "UserId" character varying(450);
