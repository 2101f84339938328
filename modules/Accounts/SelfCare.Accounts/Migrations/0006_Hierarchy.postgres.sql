CREATE TABLE account_group_members (
    "AccountId" uuid NOT NULL,
    "MemberAccountId" uuid NOT NULL,
    "GroupId" uuid NOT NULL,
    CONSTRAINT "PK_account_group_members" PRIMARY KEY ("AccountId", "MemberAccountId")
);


CREATE TABLE account_groups (
    "Id" uuid NOT NULL,
    "AccountId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "ParentGroupId" uuid,
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_account_groups" PRIMARY KEY ("Id")
);



CREATE INDEX "IX_account_group_members_GroupId" ON account_group_members ("GroupId");


CREATE INDEX "IX_account_groups_AccountId" ON account_groups ("AccountId");
