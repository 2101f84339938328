namespace SelfCare.Accounts.Export;

/// <summary>One line of the Locations download, shaped for readers (no ids).</summary>
internal sealed record LocationExportRow(
    string Account, string Name, string Street1, string? Street2, string City, string? Region, string? PostalCode, string Country);
