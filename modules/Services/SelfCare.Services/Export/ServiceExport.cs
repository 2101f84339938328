using System.Globalization;
using SelfCare.Platform.Documents;
using SelfCare.Services.Data;

namespace SelfCare.Services.Export;

/// <summary>The Services list as a download: its columns and how a visible row becomes a line.</summary>
internal static class ServiceExport
{
    public static readonly IReadOnlyList<ExportColumn<ServiceExportRow>> Columns =
    [
        ExportColumn<ServiceExportRow>.Text("Service ID", r => r.ServiceId, width: 20),
        ExportColumn<ServiceExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<ServiceExportRow>.Text("Account name", r => r.AccountName, width: 36),
        ExportColumn<ServiceExportRow>.Text("Location", r => r.Location, width: 30),
        ExportColumn<ServiceExportRow>.Text("Description", r => r.Description, width: 40),
        ExportColumn<ServiceExportRow>.Text("Status", r => r.Status, width: 14),
        ExportColumn<ServiceExportRow>.Text("Products", r => r.Products, width: 60),
    ];

    public static ServiceExportRow ToExport(ServiceRow row) => new(
        row.Service.ServiceId, row.AccountNumber, row.AccountName, row.Service.Location, row.Service.Description,
        row.Service.Status.ToString(),
        string.Join("; ", row.Service.Products.OrderBy(p => p.Position).Select(Describe)));

    public static string Describe(ServiceProduct p) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{p.Quantity} x {p.Product} @ {p.UnitPrice:0.00} {p.Currency} {(p.Recurring ? "monthly" : "one-time")}");
}
