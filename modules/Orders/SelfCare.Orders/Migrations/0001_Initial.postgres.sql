CREATE TABLE order_events (
    "Id" uuid NOT NULL,
    "AccountId" uuid,
    "Date" date NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Body" character varying(2000),
    "PostedBy" character varying(256) NOT NULL,
    "PostedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_order_events" PRIMARY KEY ("Id")
);


CREATE TABLE orders (
    "Id" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "ExternalId" character varying(100),
    "AccountId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "OrderType" character varying(60),
    "Description" character varying(500),
    "RequestedDate" date,
    "ActivationDate" date,
    "LocationId" uuid,
    "Street1" character varying(200),
    "Street2" character varying(200),
    "City" character varying(100),
    "Region" character varying(100),
    "PostalCode" character varying(20),
    "Country" character varying(60),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_orders" PRIMARY KEY ("Id")
);


CREATE TABLE order_attachments (
    "Id" uuid NOT NULL,
    "OrderRowId" uuid NOT NULL,
    "FileId" uuid NOT NULL,
    "OriginalName" character varying(260) NOT NULL,
    "Size" bigint NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_order_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_order_attachments_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES orders ("Id") ON DELETE CASCADE
);


CREATE TABLE order_history (
    "Id" uuid NOT NULL,
    "OrderRowId" uuid NOT NULL,
    "FromStatus" character varying(20),
    "ToStatus" character varying(20) NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Comment" character varying(1000),
    CONSTRAINT "PK_order_history" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_order_history_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES orders ("Id") ON DELETE CASCADE
);


CREATE TABLE order_lines (
    "Id" uuid NOT NULL,
    "OrderRowId" uuid NOT NULL,
    "Service" character varying(200) NOT NULL,
    "ServiceId" character varying(60),
    "Quantity" integer NOT NULL,
    "UnitPrice" numeric(18,4) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Recurring" boolean NOT NULL,
    "Position" integer NOT NULL,
    CONSTRAINT "PK_order_lines" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_order_lines_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES orders ("Id") ON DELETE CASCADE
);


CREATE TABLE order_notes (
    "Id" uuid NOT NULL,
    "OrderRowId" uuid NOT NULL,
    "Text" character varying(2000) NOT NULL,
    "Author" character varying(256) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_order_notes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_order_notes_orders_OrderRowId" FOREIGN KEY ("OrderRowId") REFERENCES orders ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_order_attachments_OrderRowId" ON order_attachments ("OrderRowId");


CREATE INDEX "IX_order_events_Date" ON order_events ("Date");


CREATE INDEX "IX_order_history_OrderRowId" ON order_history ("OrderRowId");


CREATE INDEX "IX_order_lines_OrderRowId" ON order_lines ("OrderRowId");


CREATE INDEX "IX_order_notes_OrderRowId" ON order_notes ("OrderRowId");


CREATE INDEX "IX_orders_AccountId_Status" ON orders ("AccountId", "Status");


CREATE INDEX "IX_orders_ActivationDate" ON orders ("ActivationDate");


CREATE UNIQUE INDEX "IX_orders_ExternalId" ON orders ("ExternalId");


CREATE UNIQUE INDEX "IX_orders_Number" ON orders ("Number");


