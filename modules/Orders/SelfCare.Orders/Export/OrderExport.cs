using System.Globalization;
using SelfCare.Orders.Data;
using SelfCare.Platform.Documents;

namespace SelfCare.Orders.Export;

/// <summary>The Orders list as a download: its columns and how a visible row becomes a line.</summary>
internal static class OrderExport
{
    public static readonly IReadOnlyList<ExportColumn<OrderExportRow>> Columns =
    [
        ExportColumn<OrderExportRow>.Text("Order number", r => r.Number, width: 18),
        ExportColumn<OrderExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<OrderExportRow>.Text("Account name", r => r.AccountName, width: 36),
        ExportColumn<OrderExportRow>.Text("Status", r => r.Status, width: 12),
        ExportColumn<OrderExportRow>.Text("Order type", r => r.OrderType, width: 16),
        ExportColumn<OrderExportRow>.Text("Description", r => r.Description, width: 40),
        ExportColumn<OrderExportRow>.Date("Requested", r => r.RequestedDate, width: 12),
        ExportColumn<OrderExportRow>.Date("Activation", r => r.ActivationDate, width: 12),
        ExportColumn<OrderExportRow>.Text("Service address", r => r.Address, width: 40),
        ExportColumn<OrderExportRow>.Text("Services", r => r.Services, width: 60),
    ];

    public static OrderExportRow ToExport(OrderRow row) => new(
        row.Order.Number, row.AccountNumber, row.AccountName, row.Order.Status.ToString(), row.Order.OrderType,
        row.Order.Description, row.Order.RequestedDate, row.Order.ActivationDate, row.Address,
        string.Join("; ", row.Order.Lines.OrderBy(l => l.Position).Select(Describe)));

    public static string Describe(OrderLine l) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{l.Quantity} x {l.Service} @ {l.UnitPrice:0.00} {l.Currency} {(l.Recurring ? "monthly" : "one-time")}");
}
