using System.Globalization;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Reports.Running;

/// <summary>
/// Checks a run's parameters against the definition and the caller's scope and resolves them into
/// <see cref="ReportArguments"/>: local times to instants in the tenant's zone, an account to itself and its
/// descendants within the scope, a group (<see cref="ReportInput.GroupPrefix"/>) to its and its subgroups' accounts within the
/// scope. Every refusal is a message for the form; the definition is never called with bad input.
/// </summary>
internal sealed class ReportArgumentsBuilder(
    ITenantContext tenant, IAccountDirectory accounts, IAccountGroupDirectory groups, IAccountHierarchy hierarchy, IAccountScope scope)
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(tenant.Current.TimeZone);

    public async Task<(ReportArguments? Arguments, IReadOnlyList<ParameterError> Errors)> BuildAsync(
        IReportDefinition definition, ReportInput input, CancellationToken ct)
    {
        var errors = new List<ParameterError>();
        var zone = Zone;
        DateTimeOffset? from = null, to = null;
        DateOnly? cycle = null;
        IReadOnlyList<Guid>? accountIds = null;
        var choices = new Dictionary<string, string>();

        foreach (var parameter in definition.Parameters)
        {
            switch (parameter.Kind)
            {
                case ReportParameterKind.DateTimeRange:
                    (from, to) = ReadRange(parameter, input, zone, errors);
                    break;
                case ReportParameterKind.BillingCycle:
                    cycle = ReadCycle(parameter, input, errors);
                    if (cycle is { } month)
                    {
                        from = TenantTime.ToInstant(month.ToDateTime(TimeOnly.MinValue), zone);
                        to = TenantTime.ToInstant(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), zone);
                    }
                    break;
                case ReportParameterKind.Account:
                    accountIds = await ReadAccountAsync(parameter, input, errors, ct);
                    break;
                case ReportParameterKind.Choice:
                    ReadChoice(parameter, input, choices, errors);
                    break;
            }
        }
        return errors.Count > 0 ? (null, errors) : (new ReportArguments(from, to, cycle, accountIds, choices, zone), errors);
    }

    private static (DateTimeOffset?, DateTimeOffset?) ReadRange(ReportParameter parameter, ReportInput input, TimeZoneInfo zone, List<ParameterError> errors)
    {
        var fromText = input[ReportInput.From];
        var toText = input[ReportInput.To];
        if (fromText is null && toText is null)
        {
            if (parameter.Required)
                errors.Add(new(ReportInput.From, $"Enter a start and a stop for {parameter.Label}."));
            return (null, null);
        }
        var from = ParseLocal(fromText, ReportInput.From, "Start", errors);
        var to = ParseLocal(toText, ReportInput.To, "Stop", errors);
        if (from is null || to is null)
            return (null, null);
        var fromInstant = TenantTime.ToInstant(from.Value, zone);
        var toInstant = TenantTime.ToInstant(to.Value, zone);
        if (toInstant <= fromInstant)
        {
            errors.Add(new(ReportInput.To, "Stop must be after start."));
            return (null, null);
        }
        if (parameter.MaxRange is { } max && toInstant - fromInstant > max)
        {
            errors.Add(new(ReportInput.To, $"The range from start to stop is longer than the limit of {Describe(max)} for this report."));
            return (null, null);
        }
        return (fromInstant, toInstant);
    }

    private static DateTime? ParseLocal(string? text, string field, string label, List<ParameterError> errors)
    {
        if (text is null)
        {
            errors.Add(new(field, $"Enter the {label.ToLowerInvariant()} date and time."));
            return null;
        }
        // datetime-local inputs send minutes, sometimes seconds; a plain date means midnight.
        string[] formats = [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && value.Year is >= 1900 and <= 2999)
            return value;
        errors.Add(new(field, $"{label} is not a date and time (use YYYY-MM-DD HH:MM)."));
        return null;
    }

    private static DateOnly? ReadCycle(ReportParameter parameter, ReportInput input, List<ParameterError> errors)
    {
        var text = input[ReportInput.Cycle];
        if (text is null)
        {
            if (parameter.Required)
                errors.Add(new(ReportInput.Cycle, $"Choose a {parameter.Label.ToLowerInvariant()}."));
            return null;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 1900 and <= 2999)
            return month;
        errors.Add(new(ReportInput.Cycle, $"{parameter.Label} is not a month (use YYYY-MM)."));
        return null;
    }

    private async Task<IReadOnlyList<Guid>?> ReadAccountAsync(ReportParameter parameter, ReportInput input, List<ParameterError> errors, CancellationToken ct)
    {
        var text = input[ReportInput.Account];
        if (text is null)
        {
            if (parameter.Required)
                errors.Add(new(ReportInput.Account, $"Choose an account for {parameter.Label}."));
            return null;
        }
        if (text.StartsWith(ReportInput.GroupPrefix, StringComparison.Ordinal))
        {
            // Unknown, malformed and out-of-scope groups get the same answer, like accounts.
            if (Guid.TryParse(text[ReportInput.GroupPrefix.Length..], out var groupId) && await groups.AccountIdsAsync(groupId, ct) is { } members)
                return [.. members.Where(scope.CanSee)];
            errors.Add(new(ReportInput.Account, "Choose one of your account groups from the list."));
            return null;
        }
        // Unknown and out-of-scope accounts get the same answer, so the message tells nothing about other customers.
        if (!Guid.TryParse(text, out var id) || !scope.CanSee(id) || (await accounts.FindAsync([id], ct)).Count == 0)
        {
            errors.Add(new(ReportInput.Account, "Choose one of your accounts from the list."));
            return null;
        }
        var subtree = await hierarchy.SelfAndDescendantsAsync([id], ct);
        return [.. subtree.Where(scope.CanSee)];
    }

    private static void ReadChoice(ReportParameter parameter, ReportInput input, Dictionary<string, string> choices, List<ParameterError> errors)
    {
        var field = ReportInput.ChoicePrefix + parameter.Key;
        var text = input[field];
        if (text is null)
        {
            if (parameter.Required)
                errors.Add(new(field, $"Choose a value for {parameter.Label}."));
            return;
        }
        if (parameter.Choices.FirstOrDefault(c => c.Value == text) is not { } choice)
        {
            errors.Add(new(field, $"Choose one of the listed values for {parameter.Label}."));
            return;
        }
        choices[parameter.Key] = choice.Value;
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays)
            ? $"{span.TotalDays:0} day{(span.TotalDays == 1 ? "" : "s")}"
            : $"{span.TotalHours:0.#} hours";
}
