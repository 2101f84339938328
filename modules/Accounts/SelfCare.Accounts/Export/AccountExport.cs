using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Accounts.Export;

/// <summary>The Account Details list as a download: its columns and how a visible row becomes a line.</summary>
internal static class AccountExport
{
    /// <summary>The fixed columns, then one per enabled figure (each account's own value).</summary>
    public static IReadOnlyList<ExportColumn<AccountExportRow>> Columns(FigureTable figures) =>
    [
        ExportColumn<AccountExportRow>.Text("Account", r => r.Number, width: 14),
        ExportColumn<AccountExportRow>.Text("Name", r => r.Name, width: 40),
        ExportColumn<AccountExportRow>.Integer("Level", r => r.Level),
        ExportColumn<AccountExportRow>.Text("Parent account", r => r.ParentNumber),
        ExportColumn<AccountExportRow>.Text("City", r => r.City),
        ExportColumn<AccountExportRow>.Text("Region", r => r.Region, width: 10),
        ExportColumn<AccountExportRow>.Text("Status", r => r.Status, width: 12),
        ExportColumn<AccountExportRow>.Date("Created", r => r.Created),
        .. figures.Figures.Select(f => f.Kind == AccountFigureKind.Money
            ? ExportColumn<AccountExportRow>.Number(f.Label, r => (double)figures.Value(f, r.Id), decimals: 2)
            : ExportColumn<AccountExportRow>.Integer(f.Label, r => (long)figures.Value(f, r.Id))),
    ];

    /// <summary>
    /// The rows in the page's order. A parent outside the user's scope is left blank, as the page does not
    /// show it either; dates are the tenant's calendar days.
    /// </summary>
    public static IReadOnlyList<AccountExportRow> Rows(IReadOnlyList<(Account Account, int Depth)> tree, TimeZoneInfo zone)
    {
        var numbers = tree.ToDictionary(r => r.Account.Id, r => r.Account.Number);
        return tree.Select(r => new AccountExportRow(
                r.Account.Id, r.Account.Number, r.Account.Name, r.Depth,
                r.Account.ParentId is { } parent ? numbers.GetValueOrDefault(parent) : null,
                r.Account.City, r.Account.Region, r.Account.Status.ToString(),
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.Account.CreatedAt, zone).DateTime)))
            .ToList();
    }

    public static TimeZoneInfo TimeZoneOf(TenantInfo tenant) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
