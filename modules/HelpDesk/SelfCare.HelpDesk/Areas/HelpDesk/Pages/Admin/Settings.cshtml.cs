using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.HelpDesk.Calendar;
using SelfCare.HelpDesk.Data;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages.Admin;

/// <summary>Admin > Help desk (/admin/helpdesk): business hours per weekday, time zone, response/resolution targets per tier, queue limit, emergency phone.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class SettingsModel(HelpDeskStore store, ITenantContext tenant) : PageModel
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string TenantZone => tenant.Current.TimeZone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await store.SettingsAsync(ct);
        var hours = await store.HoursAsync(ct);
        Input = new SettingsInput
        {
            TimeZone = s.TimeZone ?? TenantZone, EmergencyPhone = s.EmergencyPhone, QueueLimit = s.QueueLimit,
            EmergencyResponseHours = s.EmergencyResponseHours, EmergencyResolutionHours = s.EmergencyResolutionHours,
            HelpDeskResponseHours = s.HelpDeskResponseHours, HelpDeskResolutionHours = s.HelpDeskResolutionHours,
            ProfessionalResponseHours = s.ProfessionalResponseHours, ProfessionalResolutionHours = s.ProfessionalResolutionHours,
            Days = [.. Week.Select(d => hours.TryGetValue(d, out var h)
                ? new DayInput { Day = d, Opens = TimeOnly.FromTimeSpan(h.Opens), Closes = h.Closes >= TimeSpan.FromDays(1) ? null : TimeOnly.FromTimeSpan(h.Closes) }
                : new DayInput { Day = d })],
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var zone = string.IsNullOrWhiteSpace(Input.TimeZone) ? TenantZone : Input.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            ModelState.AddModelError("Input.TimeZone", "Enter a time zone such as America/New_York.");
        var hours = new Dictionary<DayOfWeek, OpeningHours>();
        if (Input.Days.Count != 7 || Input.Days.Select(d => d.Day).Distinct().Count() != 7)
            ModelState.AddModelError("Input.Days", "Give the hours of each of the seven weekdays.");
        for (var i = 0; i < Input.Days.Count; i++)
        {
            var d = Input.Days[i];
            if (d.Opens is null && d.Closes is null)
                continue;
            if (d.Opens is not { } opens || d.Closes is not { } closes || closes <= opens)
                ModelState.AddModelError($"Input.Days[{i}].Closes", $"{d.Day}: enter an opening time before the closing time, or leave both empty for closed.");
            else
                hours[d.Day] = new OpeningHours(opens.ToTimeSpan(), closes.ToTimeSpan());
        }
        if (hours.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("Input.Days", "Open the help desk on at least one weekday.");
        if (Input.EmergencyResolutionHours < Input.EmergencyResponseHours || Input.HelpDeskResolutionHours < Input.HelpDeskResponseHours
            || Input.ProfessionalResolutionHours < Input.ProfessionalResponseHours)
            ModelState.AddModelError("Input.EmergencyResolutionHours", "A resolution target cannot be shorter than its response target.");
        if (!ModelState.IsValid)
            return Page();
        await store.SaveAsync(new HelpDeskSettings
        {
            TimeZone = zone == TenantZone ? null : zone, EmergencyPhone = Input.EmergencyPhone!.Trim(), QueueLimit = Input.QueueLimit,
            EmergencyResponseHours = Input.EmergencyResponseHours, EmergencyResolutionHours = Input.EmergencyResolutionHours,
            HelpDeskResponseHours = Input.HelpDeskResponseHours, HelpDeskResolutionHours = Input.HelpDeskResolutionHours,
            ProfessionalResponseHours = Input.ProfessionalResponseHours, ProfessionalResolutionHours = Input.ProfessionalResolutionHours,
        }, hours, ct);
        Notice = "Help desk settings saved.";
        return RedirectToPage();
    }
}
