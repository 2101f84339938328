namespace SelfCare.Orders.Api;

/// <summary>The order's status after an event and how many history rows and notes it now has.</summary>
internal sealed record OrderEventResultV1(string ExternalId, string Status, int HistoryEntries, int Notes);
