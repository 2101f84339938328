namespace SelfCare.Orders.Export;

/// <summary>One line of the Orders download, shaped for readers (no internal ids).</summary>
internal sealed record OrderExportRow(
    string Number, string Account, string AccountName, string Status, string? OrderType, string? Description,
    DateOnly? RequestedDate, DateOnly? ActivationDate, string? Address, string Services);
