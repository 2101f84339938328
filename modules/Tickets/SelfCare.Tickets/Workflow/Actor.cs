namespace SelfCare.Tickets.Workflow;

/// <summary>Who writes to a ticket: their name (email) and whether they are a customer (else staff, a tenant admin or an API key).</summary>
internal sealed record Actor(string Name, bool IsCustomer);
