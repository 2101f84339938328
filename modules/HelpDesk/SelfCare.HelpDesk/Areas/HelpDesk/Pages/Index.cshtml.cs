using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Calendar;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

/// <summary>Support (/support): the three tiers explained (seed 001), the emergency phone number, the hours, and the scope's open requests.</summary>
[Authorize]
internal sealed class IndexModel(HelpDeskStore store, HelpDeskDbContext db, SupportRequests requests, TimeProvider clock) : PageModel
{
    public HelpDeskSettings Settings { get; private set; } = new();
    public IReadOnlyDictionary<DayOfWeek, OpeningHours> Hours { get; private set; } = HelpDeskStore.DefaultHours;
    public BusinessCalendar Calendar { get; private set; } = null!;
    public bool OpenNow { get; private set; }
    public bool QueueOverLimit { get; private set; }
    public IReadOnlyList<SupportRequest> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await store.SettingsAsync(ct);
        Hours = await store.HoursAsync(ct);
        Calendar = await store.CalendarAsync(ct);
        OpenNow = Calendar.IsOpen(clock.GetUtcNow());
        QueueOverLimit = await requests.QueueLengthAsync(ct) > Settings.QueueLimit;
        // Through the scoped set: only the caller's accounts' requests.
        Open = await db.Requests.AsNoTracking().Where(r => r.DoneAt == null).OrderByDescending(r => r.Number).Take(50).ToListAsync(ct);
    }
}
