namespace SelfCare.Accounts.Export;

/// <summary>One line of the Account Details download, shaped for readers (the id only finds the line's figures; it is not a column).</summary>
internal sealed record AccountExportRow(
    Guid Id, string Number, string Name, int Level, string? ParentNumber, string? City, string? Region, string Status, DateOnly Created);
