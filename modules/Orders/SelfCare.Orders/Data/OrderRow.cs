namespace SelfCare.Orders.Data;

/// <summary>A visible order with its account's number and name and its service address, as the list and its exports show it.</summary>
internal sealed record OrderRow(Order Order, string AccountNumber, string AccountName, string? Address);
