namespace SelfCare.Accounts.Export;

/// <summary>One line of the Account Details download, shaped for readers (no ids).</summary>
internal sealed record AccountExportRow(
    string Number, string Name, int Level, string? ParentNumber, string? City, string? Region, string Status, DateOnly Created);
