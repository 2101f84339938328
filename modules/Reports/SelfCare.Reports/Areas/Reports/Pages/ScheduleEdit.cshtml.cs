using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// New schedule for a report (<c>?report=</c>; customer admins, staff, tenant admins) or changes to one (<c>?id=</c>; also its
/// owner): relative range, account or group, choices, format, frequency, time of day in the tenant's zone, recipients
/// (portal users of the owner's accounts and any address) and message. The parameters are checked as a run would be;
/// saving recomputes the next run.
/// </summary>
[Authorize]
internal sealed class ScheduleEditModel(
    IReportCatalog catalog, ReportArgumentsBuilder builder, IAccountDirectory accounts, IAccountGroupDirectory groups, IAccountHierarchy hierarchy,
    IPortalUserDirectory users, IAccountScope scope, ReportsDbContext db, TimeProvider clock) : PageModel
{
    private const int MaxRecipients = 50;

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public IReportDefinition Definition { get; private set; } = null!;
    public AccountPicker Picker { get; private set; } = AccountPicker.Empty;
    public ReportSchedule? Existing { get; private set; }
    public IReadOnlyList<UserChoice> UserChoices { get; private set; } = [];
    private Dictionary<string, PortalUserEntry> activeChoices = [];

    public async Task<IActionResult> OnGetAsync(string? report, Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(report, id, ct) is { } refused)
            return refused;
        if (Existing is { } schedule)
            Input = ScheduleForm.From(schedule, ReportUsers.Id(User), ReportUsers.Email(User));
        else
            Input.Name = Definition.Name;
        await LoadUsersAsync(ct);
        Picker = Picker with { Selected = Input.Account };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? report, Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(report, id, ct) is { } refused)
            return refused;
        await LoadUsersAsync(ct);
        Picker = Picker with { Selected = Input.Account };
        var zone = builder.Zone;
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > ReportSchedule.NameMaxLength)
            ModelState.AddModelError("Input.Name", $"Enter a name of at most {ReportSchedule.NameMaxLength} characters.");
        if (!RelativeRange.IsKnown(Input.Range))
            ModelState.AddModelError("Input.Range", "Choose one of the listed ranges.");
        if (!Enum.TryParse<ReportFormat>(Input.Format, true, out var format) || !Enum.IsDefined(format))
            ModelState.AddModelError("Input.Format", "Choose Excel, CSV or PDF.");
        if (!Enum.TryParse<ScheduleFrequency>(Input.Frequency, true, out var frequency) || !Enum.IsDefined(frequency))
            ModelState.AddModelError("Input.Frequency", "Choose how often the report runs.");
        if (frequency == ScheduleFrequency.Weekly && Input.DayOfWeek is not (>= 0 and <= 6))
            ModelState.AddModelError("Input.DayOfWeek", "Choose a day of the week.");
        if (frequency == ScheduleFrequency.Monthly && Input.DayOfMonth is not (>= 1 and <= 31))
            ModelState.AddModelError("Input.DayOfMonth", "Enter a day of the month from 1 to 31.");
        if (!TimeOnly.TryParseExact(Input.Time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            ModelState.AddModelError("Input.Time", "Enter a time of day as HH:MM (24-hour).");
        var message = string.IsNullOrWhiteSpace(Input.Message) ? null : Input.Message.Trim();
        if (message?.Length > ReportSchedule.MessageMaxLength)
            ModelState.AddModelError("Input.Message", $"The message may have at most {ReportSchedule.MessageMaxLength} characters.");
        var recipients = ReadRecipients();

        var account = string.IsNullOrWhiteSpace(Input.Account) ? null : Input.Account.Trim();
        var choices = Input.Choices.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
        var saved = new SavedParameters(Input.Range, account, choices);
        if (ModelState.IsValid)
        {
            // The same checks as a run: an account or group outside the scope, an unknown choice, a range over the report's limit.
            var (_, errors) = await builder.BuildAsync(Definition, saved.Resolve(clock.GetUtcNow(), zone), ct);
            foreach (var error in errors)
                ModelState.AddModelError(FieldOf(error.Field), error.Message);
        }
        if (!ModelState.IsValid)
            return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var schedule = Existing ?? NewSchedule(account, now);
        schedule.Name = name!;
        schedule.ParametersJson = saved.ToJson();
        schedule.Format = format;
        schedule.Frequency = frequency;
        schedule.DayOfWeek = Input.DayOfWeek;
        schedule.DayOfMonth = Input.DayOfMonth;
        schedule.TimeOfDayMinutes = time.Hour * 60 + time.Minute;
        schedule.Message = message;
        // A changed schedule starts afresh: its next period from now, no retry of the old settings pending.
        schedule.NextRunAt = ScheduleCalendar.Next(schedule, now, zone);
        schedule.FailedAttempts = 0;
        schedule.RetryAt = null;
        RecipientMerge.Apply(db, schedule, recipients);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{(Existing is null ? "Scheduled" : "Schedule saved")}: {ScheduleCalendar.Describe(schedule)}; " +
                             (schedule.Active ? $"next run {SchedulesModel.Local(schedule.NextRunAt, zone)}." : "paused.");
        return RedirectToPage("Schedule", new { id = schedule.Id });
    }

    private ReportSchedule NewSchedule(string? account, DateTime now)
    {
        // The schedule belongs to the chosen account (a group: the group's owner), else to the owner's own account.
        var accountId = Guid.TryParse(account, out var chosen) ? chosen
            : Picker.Groups.FirstOrDefault(g => ReportInput.GroupPrefix + g.Id == account) is { } group ? group.OwnerAccountId
            : ReportUsers.HomeAccount(scope);
        var schedule = new ReportSchedule
        {
            Id = Guid.NewGuid(), AccountId = accountId, OwnerUserId = ReportUsers.Id(User), OwnerEmail = ReportUsers.Email(User),
            Name = "", DefinitionId = Definition.Id, ParametersJson = "{}", CreatedAt = now,
        };
        db.Schedules.Add(schedule);
        return schedule;
    }

    private List<(string Address, string? UserId)> ReadRecipients()
    {
        var list = new List<(string Address, string? UserId)>();
        var me = ReportUsers.Id(User);
        if (Input.IncludeMe && ReportUsers.Email(User) is { Length: > 0 } myEmail)
            list.Add((myEmail, me));
        foreach (var userId in Input.Users.Where(u => !string.IsNullOrWhiteSpace(u) && u != me).Distinct())
        {
            if (activeChoices.TryGetValue(userId, out var user))
                list.Add((user.Email, userId));
            else if (Existing?.Recipients.FirstOrDefault(r => r.UserId == userId) is { } kept)
                list.Add((kept.Address, userId)); // deactivated: kept, still not receiving, back if reactivated
            else
                ModelState.AddModelError("Input.Users", "Choose recipients among the listed users.");
        }
        foreach (var part in (Input.Recipients ?? "").Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 256 || !MailAddress.TryCreate(part, out var address) || address.Address != part)
            {
                ModelState.AddModelError("Input.Recipients", $"'{part}' is not an email address.");
                continue;
            }
            // An address that a picked user already has is that user's: one email, following the user.
            if (!list.Any(r => string.Equals(r.Address, address.Address, StringComparison.OrdinalIgnoreCase)))
                list.Add((address.Address, null));
        }
        if (list.Count == 0)
            ModelState.AddModelError("Input.Recipients", "Add at least one recipient.");
        if (list.Count > MaxRecipients)
            ModelState.AddModelError("Input.Recipients", $"A schedule has at most {MaxRecipients} recipients.");
        return list;
    }

    private static string FieldOf(string field) => field switch
    {
        ReportInput.Account => "Input.Account",
        ReportInput.From or ReportInput.To or ReportInput.Cycle => "Input.Range",
        _ when field.StartsWith(ReportInput.ChoicePrefix, StringComparison.Ordinal) => $"Input.Choices[{field[ReportInput.ChoicePrefix.Length..]}]",
        _ => field,
    };

    /// <summary>Null when the page may go on; otherwise 403 (may not schedule or change it) or 404 (unknown, or outside the scope).</summary>
    private async Task<IActionResult?> LoadAsync(string? report, Guid? id, CancellationToken ct)
    {
        if (id is { } scheduleId)
        {
            Existing = await db.Schedules.Include(s => s.Recipients).FirstOrDefaultAsync(s => s.Id == scheduleId, ct);
            if (Existing is null)
                return NotFound();
            if (!ReportUsers.CanEdit(User, Existing))
                return Forbid();
            report = Existing.DefinitionId;
        }
        else if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (report is null || await catalog.FindAsync(report, ct) is not { } definition)
            return NotFound();
        Definition = definition;
        if (definition.Parameters.Any(p => p.Kind == ReportParameterKind.Account))
            Picker = new AccountPicker(await accounts.FindAsync(null, ct), await groups.GroupsAsync(ct), null);
        return null;
    }

    /// <summary>
    /// The users offered: active users of the schedule's account and its children (of the editor's own account for a new
    /// one), within the editor's scope; staff editors also see staff. Users already on the schedule stay listed, a
    /// deactivated one marked as not receiving. The editor is "send it to me", not in the list.
    /// </summary>
    private async Task LoadUsersAsync(CancellationToken ct)
    {
        var me = ReportUsers.Id(User);
        var home = Existing?.AccountId ?? ReportUsers.HomeAccount(scope);
        var offered = new List<PortalUserEntry>();
        if (home != Guid.Empty)
            offered.AddRange(await users.ActiveUsersOfAsync(await hierarchy.SelfAndDescendantsAsync([home], ct), ct));
        if (ReportUsers.IsStaff(User))
            offered.AddRange(await users.ActiveStaffAsync(ct));
        var current = Existing?.Recipients.Where(r => r.UserId is not null).ToList() ?? [];
        var currentActive = await users.FindActiveAsync([.. current.Select(r => r.UserId!)], ct);
        offered.AddRange(currentActive.Values);
        activeChoices = offered.Where(u => u.Id != me).DistinctBy(u => u.Id).ToDictionary(u => u.Id);
        var choices = activeChoices.Values.Select(u => new UserChoice(u.Id, u.Label,
            current.FirstOrDefault(r => r.UserId == u.Id)?.UnsubscribedAt is not null ? "unsubscribed" : null)).ToList();
        choices.AddRange(current.Where(r => r.UserId != me && !currentActive.ContainsKey(r.UserId!))
            .Select(r => new UserChoice(r.UserId!, r.Address, "deactivated: not receiving")));
        UserChoices = [.. choices.OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase)];
    }
}
