using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Calendar;
using SelfCare.Platform.Tenancy;

namespace SelfCare.HelpDesk.Data;

/// <summary>The tenant's help-desk settings, weekly hours and holidays, and the calendar they make.</summary>
internal sealed class HelpDeskStore(HelpDeskDbContext db, ITenantContext tenant)
{
    /// <summary>Mon–Fri 8 AM to 5 PM (seed 001) until an admin saves other hours.</summary>
    public static readonly IReadOnlyDictionary<DayOfWeek, OpeningHours> DefaultHours =
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .ToDictionary(d => d, _ => new OpeningHours(TimeSpan.FromHours(8), TimeSpan.FromHours(17)));

    private BusinessCalendar? _calendar;

    public async Task<HelpDeskSettings> SettingsAsync(CancellationToken ct) =>
        await db.Set<HelpDeskSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == HelpDeskSettings.SingletonId, ct) ?? new HelpDeskSettings();

    public async Task<IReadOnlyDictionary<DayOfWeek, OpeningHours>> HoursAsync(CancellationToken ct)
    {
        var days = await db.Set<BusinessDay>().AsNoTracking().ToListAsync(ct);
        if (days.Count == 0)
            return DefaultHours;
        return days.Where(d => d.OpensAt is not null && d.ClosesAt is not null)
            .ToDictionary(d => d.Day, d => new OpeningHours(TimeSpan.FromMinutes(d.OpensAt!.Value), TimeSpan.FromMinutes(d.ClosesAt!.Value)));
    }

    public async Task<IReadOnlyList<Holiday>> HolidaysAsync(CancellationToken ct) =>
        await db.Set<Holiday>().AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct);

    public string ZoneId(HelpDeskSettings s) => s.TimeZone ?? tenant.Current.TimeZone;

    public async Task<BusinessCalendar> CalendarAsync(CancellationToken ct)
    {
        if (_calendar is null)
        {
            var settings = await SettingsAsync(ct);
            var holidays = (await HolidaysAsync(ct)).Select(h => h.Date).ToHashSet();
            _calendar = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(ZoneId(settings)), await HoursAsync(ct), holidays);
        }
        return _calendar;
    }

    public async Task SaveAsync(HelpDeskSettings settings, IReadOnlyDictionary<DayOfWeek, OpeningHours> hours, CancellationToken ct)
    {
        var row = await db.Set<HelpDeskSettings>().FirstOrDefaultAsync(s => s.Id == HelpDeskSettings.SingletonId, ct);
        if (row is null)
            db.Add(row = new HelpDeskSettings());
        db.Entry(row).CurrentValues.SetValues(settings);
        var days = await db.Set<BusinessDay>().ToListAsync(ct);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var d = days.FirstOrDefault(x => x.Day == day);
            if (d is null)
                db.Add(d = new BusinessDay { Day = day });
            var h = hours.GetValueOrDefault(day);
            d.OpensAt = h is null ? null : (int)h.Opens.TotalMinutes;
            d.ClosesAt = h is null ? null : (int)h.Closes.TotalMinutes;
        }
        await db.SaveChangesAsync(ct);
        _calendar = null;
    }
}
