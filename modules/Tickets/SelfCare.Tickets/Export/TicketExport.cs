using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Export;

/// <summary>The tickets list (or queue) as a download: exactly the columns the page shows.</summary>
internal static class TicketExport
{
    public static readonly IReadOnlyList<ExportColumn<TicketExportRow>> Columns =
    [
        ExportColumn<TicketExportRow>.Integer("Ticket", r => r.Number, width: 10),
        ExportColumn<TicketExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<TicketExportRow>.Text("Account name", r => r.AccountName, width: 32),
        ExportColumn<TicketExportRow>.Text("Subject", r => r.Subject, width: 48),
        ExportColumn<TicketExportRow>.Text("Related to", r => r.RelatedTo, width: 32),
        ExportColumn<TicketExportRow>.Text("Category", r => r.Category, width: 14),
        ExportColumn<TicketExportRow>.Text("Priority", r => r.Priority, width: 10),
        ExportColumn<TicketExportRow>.Text("Status", r => r.Status, width: 16),
        ExportColumn<TicketExportRow>.Text("Assigned to", r => r.AssignedTo, width: 26),
        ExportColumn<TicketExportRow>.DateTime("Created (UTC)", r => r.Created, width: 18),
        ExportColumn<TicketExportRow>.DateTime("Updated (UTC)", r => r.Updated, width: 18),
    ];

    public static TicketExportRow ToExport(TicketListItem t, IReadOnlyDictionary<Guid, AccountEntry> accounts)
    {
        var account = accounts.GetValueOrDefault(t.AccountId);
        return new(t.Number, account?.Number ?? "", account?.Name ?? "", t.Subject, t.AboutTitle, TicketStatuses.Label(t.Category),
            t.Priority.ToString(), TicketStatuses.Label(t.Status), t.AssignedTo, t.CreatedAt.UtcDateTime, t.UpdatedAt.UtcDateTime);
    }
}
