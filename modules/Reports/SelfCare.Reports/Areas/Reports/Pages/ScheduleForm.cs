using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>A saved schedule as the form shows it for a change.</summary>
internal static class ScheduleForm
{
    public static ScheduleInput From(ReportSchedule schedule, string myId, string myEmail)
    {
        var parameters = SavedParameters.FromJson(schedule.ParametersJson);
        // "Send it to me": the editor as a user recipient, or their address on a schedule made before user recipients.
        var mine = schedule.Recipients.FirstOrDefault(r => r.UserId == myId)
                   ?? schedule.Recipients.FirstOrDefault(r => r.UserId is null && string.Equals(r.Address, myEmail, StringComparison.OrdinalIgnoreCase));
        return new ScheduleInput
        {
            Name = schedule.Name, Range = parameters.Range, Account = parameters.Account, Choices = new(parameters.Choices),
            Format = schedule.Format.ToString(), Frequency = schedule.Frequency.ToString(), DayOfWeek = schedule.DayOfWeek ?? 1,
            DayOfMonth = schedule.DayOfMonth ?? 1, Time = $"{schedule.TimeOfDayMinutes / 60:00}:{schedule.TimeOfDayMinutes % 60:00}",
            Message = schedule.Message, IncludeMe = mine is not null,
            Users = [.. schedule.Recipients.Where(r => r.UserId is not null && r != mine).Select(r => r.UserId!)],
            Recipients = string.Join("\n", schedule.Recipients.Where(r => r.UserId is null && r != mine).OrderBy(r => r.Address).Select(r => r.Address)),
        };
    }
}
