namespace SelfCare.Accounts.Export;

/// <summary>One line of the group totals download; <see cref="Level"/> is empty for Ungrouped and Total.</summary>
internal sealed record HierarchyExportRow(string Path, int? Level, int Accounts, IReadOnlyDictionary<string, decimal> Totals);
