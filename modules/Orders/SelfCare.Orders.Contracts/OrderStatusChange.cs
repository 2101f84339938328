namespace SelfCare.Orders.Contracts;

/// <summary>A status event: the new status (New, Sent, Completed, Hold, Error), who changed it, when (default now), why.</summary>
public sealed record OrderStatusChange(string Status, string ChangedBy, string? Comment = null, DateTimeOffset? At = null);
