using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// New schedule for a report (customer admins, staff, tenant admins): relative range, account, choices, format, frequency,
/// time of day in the tenant's zone, recipients (any address) and message. The parameters are checked as a run would be.
/// </summary>
[Authorize]
internal sealed class ScheduleEditModel(
    IReportCatalog catalog, ReportArgumentsBuilder builder, IAccountDirectory accounts, IAccountScope scope, ReportsDbContext db,
    TimeProvider clock) : PageModel
{
    private const int MaxRecipients = 50;

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public IReportDefinition Definition { get; private set; } = null!;
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string report, CancellationToken ct)
    {
        if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (!await LoadAsync(report, ct))
            return NotFound();
        Input.Name = Definition.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string report, CancellationToken ct)
    {
        if (!ReportUsers.CanSchedule(User))
            return Forbid();
        if (!await LoadAsync(report, ct))
            return NotFound();
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

        var choices = Input.Choices.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
        var saved = new SavedParameters(Input.Range, Input.Account?.ToString(), choices);
        if (ModelState.IsValid)
        {
            // The same checks as a run: an account outside the scope, an unknown choice, a range over the report's limit.
            var (_, errors) = await builder.BuildAsync(Definition, saved.Resolve(clock.GetUtcNow(), zone), ct);
            foreach (var error in errors)
                ModelState.AddModelError(FieldOf(error.Field), error.Message);
        }
        if (!ModelState.IsValid)
            return Page();

        var schedule = new ReportSchedule
        {
            Id = Guid.NewGuid(), AccountId = Input.Account ?? ReportUsers.HomeAccount(scope), OwnerUserId = ReportUsers.Id(User),
            OwnerEmail = ReportUsers.Email(User), Name = name!, DefinitionId = Definition.Id, ParametersJson = saved.ToJson(),
            Format = format, Frequency = frequency, DayOfWeek = Input.DayOfWeek, DayOfMonth = Input.DayOfMonth,
            TimeOfDayMinutes = time.Hour * 60 + time.Minute, Message = message, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Recipients = [.. recipients.Select(a => new ScheduleRecipient { Id = Guid.NewGuid(), Address = a })],
        };
        schedule.NextRunAt = ScheduleCalendar.Next(schedule, clock.GetUtcNow().UtcDateTime, zone);
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Scheduled: {ScheduleCalendar.Describe(schedule)}; next run {SchedulesModel.Local(schedule.NextRunAt, zone)}.";
        return RedirectToPage("Schedule", new { id = schedule.Id });
    }

    private List<string> ReadRecipients()
    {
        var list = new List<string>();
        if (Input.IncludeMe && ReportUsers.Email(User) is { Length: > 0 } me)
            list.Add(me);
        foreach (var part in (Input.Recipients ?? "").Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 256 || !MailAddress.TryCreate(part, out var address) || address.Address != part)
            {
                ModelState.AddModelError("Input.Recipients", $"'{part}' is not an email address.");
                continue;
            }
            list.Add(address.Address);
        }
        list = [.. list.Distinct(StringComparer.OrdinalIgnoreCase)];
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

    private async Task<bool> LoadAsync(string? report, CancellationToken ct)
    {
        if (report is null || await catalog.FindAsync(report, ct) is not { } definition)
            return false;
        Definition = definition;
        Accounts = await accounts.FindAsync(null, ct);
        return true;
    }
}
