using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Figures;
using SelfCare.Accounts.Hierarchy;
using SelfCare.Platform.Documents;

namespace SelfCare.Accounts.Export;

/// <summary>Manage Hierarchy's group totals as a download: one line per group (with its path), Ungrouped and Total.</summary>
internal static class HierarchyExport
{
    public static IReadOnlyList<ExportColumn<HierarchyExportRow>> Columns(FigureTable figures) =>
    [
        ExportColumn<HierarchyExportRow>.Text("Group", r => r.Path, width: 40),
        ExportColumn<HierarchyExportRow>.Integer("Level", r => r.Level),
        ExportColumn<HierarchyExportRow>.Integer("Accounts", r => r.Accounts),
        .. figures.Figures.Select(f => f.Kind == AccountFigureKind.Money
            ? ExportColumn<HierarchyExportRow>.Number(f.Label, r => (double)r.Totals.GetValueOrDefault(f.Key), decimals: 2)
            : ExportColumn<HierarchyExportRow>.Integer(f.Label, r => (long)r.Totals.GetValueOrDefault(f.Key))),
    ];

    public static IReadOnlyList<HierarchyExportRow> Rows(IReadOnlyList<GroupRow> rows, int accounts, IReadOnlyDictionary<string, decimal> total) =>
    [
        .. rows.Select(r => new HierarchyExportRow(r.Path, r.Group is null ? null : r.Depth, r.AccountCount, r.Totals)),
        new HierarchyExportRow("Total", null, accounts, total),
    ];
}
