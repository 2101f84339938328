CREATE TABLE "account_group_members" (
    "AccountId" TEXT NOT NULL,
    "MemberAccountId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    CONSTRAINT "PK_account_group_members" PRIMARY KEY ("AccountId", "MemberAccountId")
);


CREATE TABLE "account_groups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_account_groups" PRIMARY KEY,
    "AccountId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ParentGroupId" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);



CREATE INDEX "IX_account_group_members_GroupId" ON "account_group_members" ("GroupId");


CREATE INDEX "IX_account_groups_AccountId" ON "account_groups" ("AccountId");
