using SelfCare.Accounts.Data;
using SelfCare.Platform.Documents;

namespace SelfCare.Accounts.Export;

internal static class LocationExport
{
    public static readonly IReadOnlyList<ExportColumn<LocationExportRow>> Columns =
    [
        ExportColumn<LocationExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<LocationExportRow>.Text("Name", r => r.Name, width: 30),
        ExportColumn<LocationExportRow>.Text("Street", r => r.Street1, width: 30),
        ExportColumn<LocationExportRow>.Text("Street line 2", r => r.Street2, width: 20),
        ExportColumn<LocationExportRow>.Text("City", r => r.City, width: 18),
        ExportColumn<LocationExportRow>.Text("Region", r => r.Region, width: 10),
        ExportColumn<LocationExportRow>.Text("Postal code", r => r.PostalCode, width: 12),
        ExportColumn<LocationExportRow>.Text("Country", r => r.Country, width: 14),
    ];

    public static IReadOnlyList<LocationExportRow> Rows(IEnumerable<Location> locations, IReadOnlyDictionary<Guid, Account> accounts) =>
        [.. locations.Select(l => new LocationExportRow(
            accounts.TryGetValue(l.AccountId, out var a) ? a.Number : "", l.Name, l.Street1, l.Street2, l.City, l.Region, l.PostalCode, l.Country))];
}
