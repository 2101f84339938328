using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Classification;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk;

internal sealed class HelpDeskProvisioning(HelpDeskDbContext db, HelpDeskStore store) : IHelpDeskProvisioning
{
    public async Task ConfigureAsync(HelpDeskSetup setup, CancellationToken ct)
    {
        await store.SaveAsync(new HelpDeskSettings { EmergencyPhone = setup.EmergencyPhone, QueueLimit = setup.QueueLimit }, HelpDeskStore.DefaultHours, ct);
        foreach (var (date, name) in setup.Holidays)
            if (!await db.Set<Holiday>().AnyAsync(h => h.Date == date, ct))
                db.Add(new Holiday { Date = date, Name = name });
        await db.SaveChangesAsync(ct);
    }

    public async Task ClassifyAsync(HelpDeskTicket t, CancellationToken ct)
    {
        var calendar = await store.CalendarAsync(ct);
        var settings = await store.SettingsAsync(ct);
        var c = TierClassifier.Classify(calendar, settings, t.OpenedAt, SupportTiers.Parse(t.Tier));
        var row = await db.Requests.IgnoreQueryFilters().FirstOrDefaultAsync(r => r.TicketId == t.TicketId, ct);
        if (row is null)
            db.Requests.Add(row = new SupportRequest { TicketId = t.TicketId });
        row.Number = t.Number;
        row.AccountId = t.AccountId;
        row.Tier = t.Redirected ? SupportTier.HelpDesk : c.Tier;
        row.Automatic = c.Automatic && !t.Redirected;
        row.OutsideHours = c.OutsideHours;
        row.OpenedAt = t.OpenedAt.ToUniversalTime();
        var (response, resolution) = settings.Targets(row.Tier);
        row.ResponseDueAt = TierClassifier.Due(calendar, row.Tier, t.OpenedAt, response);
        row.ResolutionDueAt = TierClassifier.Due(calendar, row.Tier, t.OpenedAt, resolution);
        row.ContactForPayment = row.Tier == SupportTier.Emergency;
        row.RepresentativeName = t.Representative;
        row.RepresentativeEmail = t.RepresentativeEmail;
        row.WorkWanted = t.WorkWanted;
        row.PreferredTechnician = t.PreferredTechnician;
        row.HoursCap = t.HoursCap;
        row.ScheduledAt = t.ScheduledAt?.ToUniversalTime();
        row.ScheduledTechnician = t.ScheduledAt is null ? null : t.PreferredTechnician;
        row.RedirectedAt = t.Redirected ? row.OpenedAt.AddHours(1) : null;
        row.RedirectedBy = t.Redirected ? "staff" : null;
        row.DoneAt = t.Done ? row.OpenedAt.AddDays(1) : null;
        await db.SaveChangesAsync(ct);
    }
}
