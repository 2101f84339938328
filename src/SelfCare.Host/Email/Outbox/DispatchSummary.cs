namespace SelfCare.Host.Email.Outbox;

/// <summary>What one dispatcher run did, and when it asked to run again (null: nothing left to send).</summary>
internal sealed record DispatchSummary(int Sent, int Failed, bool RouteDown, DateTime? NextRunAt);
