CREATE TABLE "order_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_order_events" PRIMARY KEY,
    "AccountId" TEXT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAt" TEXT NOT NULL
);


CREATE TABLE "orders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_orders" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "ExternalId" TEXT NULL,
    "AccountId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OrderType" TEXT NULL,
    "Description" TEXT NULL,
    "RequestedDate" TEXT NULL,
    "ActivationDate" TEXT NULL,
    "LocationId" TEXT NULL,
    "Street1" TEXT NULL,
    "Street2" TEXT NULL,
    "City" TEXT NULL,
    "Region" TEXT NULL,
    "PostalCode" TEXT NULL,
    "Country" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);


CREATE TABLE "order_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_order_attachments" PRIMARY KEY,
    "OrderRowId" TEXT NOT NULL,
    "FileId" TEXT NOT NULL,
    "OriginalName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_order_attachments_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES "orders" ("Id") ON DELETE CASCADE
);


CREATE TABLE "order_history" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_order_history" PRIMARY KEY,
    "OrderRowId" TEXT NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_order_history_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES "orders" ("Id") ON DELETE CASCADE
);


CREATE TABLE "order_lines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_order_lines" PRIMARY KEY,
    "OrderRowId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "ServiceId" TEXT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Recurring" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_order_lines_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES "orders" ("Id") ON DELETE CASCADE
);


CREATE TABLE "order_notes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_order_notes" PRIMARY KEY,
    "OrderRowId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_order_notes_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES "orders" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_order_attachments_OrderRowId" ON "order_attachments" ("OrderRowId");


CREATE INDEX "IX_order_events_Date" ON "order_events" ("Date");


CREATE INDEX "IX_order_history_OrderRowId" ON "order_history" ("OrderRowId");


CREATE INDEX "IX_order_lines_OrderRowId" ON "order_lines" ("OrderRowId");


CREATE INDEX "IX_order_notes_OrderRowId" ON "order_notes" ("OrderRowId");


CREATE INDEX "IX_orders_AccountId_Status" ON "orders" ("AccountId", "Status");


CREATE INDEX "IX_orders_ActivationDate" ON "orders" ("ActivationDate");


CREATE UNIQUE INDEX "IX_orders_ExternalId" ON "orders" ("ExternalId");


CREATE UNIQUE INDEX "IX_orders_Number" ON "orders" ("Number");


