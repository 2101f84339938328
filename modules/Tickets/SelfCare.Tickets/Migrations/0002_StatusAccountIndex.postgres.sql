-- The customer list filtered by status within an account scope (and the open-tickets figure and Summary box): count and
-- filter on an index instead of one row lookup per ticket of that status in the whole tenant.
CREATE INDEX "IX_tickets_Status_AccountId_Number" ON tickets ("Status", "AccountId", "Number");
