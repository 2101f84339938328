using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Shell;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Workflow;

/// <summary>
/// Who hears of a customer's message: the assigned representative, else the tenant's support address (Admin > Branding,
/// the staff queue's mailbox), else the first staff user. One address, so one write is one email.
/// </summary>
internal sealed class TicketRecipients(IPortalShell shell, IStaffDirectory staff)
{
    public async Task<EmailRecipient?> ForStaffAsync(Ticket ticket, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ticket.AssignedTo))
            return new EmailRecipient(ticket.AssignedTo);
        var support = (await shell.GetAsync()).Branding.SupportEmail;
        if (!string.IsNullOrWhiteSpace(support))
            return new EmailRecipient(support, "Support");
        return (await staff.StaffRecipientsAsync(ct)).FirstOrDefault();
    }

    /// <summary>The staff users a ticket can be assigned to.</summary>
    public async Task<IReadOnlyList<string>> StaffAsync(CancellationToken ct) =>
        [.. (await staff.StaffRecipientsAsync(ct)).Select(r => r.Address)];
}
