using SelfCare.Platform.Security;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Running;

/// <summary>
/// Whom a schedule's run emails: its subscribed recipients, a user recipient at the user's current address (written back
/// to the row) and only while the user is active; one email per address.
/// </summary>
internal sealed class ScheduleAddressBook(IPortalUserDirectory users)
{
    public async Task<List<ScheduleRecipient>> ReceivingAsync(ReportSchedule schedule, CancellationToken ct)
    {
        var subscribed = schedule.Recipients.Where(r => r.UnsubscribedAt is null).ToList();
        var active = await users.FindActiveAsync([.. subscribed.Where(r => r.UserId is not null).Select(r => r.UserId!)], ct);
        var receiving = new List<ScheduleRecipient>();
        foreach (var recipient in subscribed)
        {
            if (recipient.UserId is { } userId)
            {
                if (!active.TryGetValue(userId, out var user))
                    continue;
                recipient.Address = user.Email;
            }
            if (!receiving.Any(r => string.Equals(r.Address, recipient.Address, StringComparison.OrdinalIgnoreCase)))
                receiving.Add(recipient);
        }
        return receiving;
    }
}
