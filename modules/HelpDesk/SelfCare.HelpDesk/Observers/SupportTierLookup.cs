using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Contracts;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Observers;

/// <summary>HelpDesk's answer to <see cref="ISupportTierLookup"/>: the support request's tier, read through the scoped DbContext.</summary>
internal sealed class SupportTierLookup(HelpDeskDbContext db) : ISupportTierLookup
{
    public string ModuleId => HelpDeskModule.Id;

    public async Task<SupportTierInfo?> FindAsync(Guid ticketId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().Where(r => r.TicketId == ticketId)
            .Select(r => new { r.Tier, r.OutsideHours }).FirstOrDefaultAsync(cancellationToken) is { } r
            ? new SupportTierInfo(r.Tier.ToString(), r.OutsideHours)
            : null;
}
