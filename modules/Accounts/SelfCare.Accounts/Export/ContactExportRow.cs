namespace SelfCare.Accounts.Export;

/// <summary>One line of the Contacts download, shaped for readers (no ids).</summary>
internal sealed record ContactExportRow(
    string Account, string Name, string? Role, string? Email, string? OfficePhone, string? MobilePhone,
    string Billing, string Technical, string Status);
