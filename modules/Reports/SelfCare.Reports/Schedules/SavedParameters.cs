using System.Text.Json;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Schedules;

/// <summary>A schedule's parameters: a relative range, an account and the choices, stored as JSON.</summary>
internal sealed record SavedParameters(string Range, string? Account, Dictionary<string, string> Choices)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SavedParameters FromJson(string json) =>
        JsonSerializer.Deserialize<SavedParameters>(json) ?? new SavedParameters("last-month", null, []);

    /// <summary>The form fields of a run at <paramref name="runAt"/>.</summary>
    public ReportInput Resolve(DateTimeOffset runAt, TimeZoneInfo zone)
    {
        var values = new Dictionary<string, string>();
        RelativeRange.Resolve(Range, runAt, zone, values);
        if (Account is not null)
            values[ReportInput.Account] = Account;
        foreach (var (key, value) in Choices)
            values[ReportInput.ChoicePrefix + key] = value;
        return new ReportInput(values);
    }
}
