using SelfCare.Reports.Data;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// Makes a schedule's recipient rows match the form: a recipient kept from before keeps its row, so an unsubscribe stays
/// in force; an address that becomes a user recipient (the owner's "send it to me") keeps its row too.
/// </summary>
internal static class RecipientMerge
{
    public static void Apply(ReportsDbContext db, ReportSchedule schedule, IReadOnlyList<(string Address, string? UserId)> wanted)
    {
        var kept = new HashSet<ScheduleRecipient>();
        foreach (var (address, userId) in wanted)
        {
            var row = (userId is null ? null : schedule.Recipients.FirstOrDefault(r => r.UserId == userId && !kept.Contains(r)))
                      ?? schedule.Recipients.FirstOrDefault(r => r.UserId is null && !kept.Contains(r) && string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase));
            if (row is null)
            {
                row = new ScheduleRecipient { Id = Guid.NewGuid(), ScheduleId = schedule.Id, Address = address };
                // Added explicitly: found through the navigation with its key set, EF would take it for an existing row.
                db.Recipients.Add(row);
                schedule.Recipients.Add(row);
            }
            row.Address = address;
            row.UserId = userId;
            kept.Add(row);
        }
        foreach (var gone in schedule.Recipients.Where(r => !kept.Contains(r)).ToList())
        {
            schedule.Recipients.Remove(gone);
            db.Recipients.Remove(gone);
        }
    }
}
