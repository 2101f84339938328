using SelfCare.Platform.Reports;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Reports;

/// <summary>The calls a usage report covers: the run's accounts, period or billing cycle and direction (the scope filter applies).</summary>
internal static class UsageReportQuery
{
    public const string DirectionKey = "direction";

    public static readonly ReportParameter Period =
        new("period", "Calls started between", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(366) };

    public static readonly ReportParameter Cycle = new("cycle", "Billing cycle", ReportParameterKind.BillingCycle);

    public static readonly ReportParameter Account = new("account", "Account", ReportParameterKind.Account);

    public static IQueryable<CallDetailRecord> Calls(UsageDbContext db, ReportArguments arguments)
    {
        var calls = db.CallDetails.AsQueryable();
        if (arguments.AccountIds is { } ids)
            calls = calls.Where(c => ids.Contains(c.AccountId));
        if (arguments.BillingCycle is { } cycle)
            calls = calls.Where(c => c.BillingCycle == cycle);
        else
        {
            if (arguments.From is { } from)
            {
                var start = from.UtcDateTime;
                calls = calls.Where(c => c.StartedAt >= start);
            }
            if (arguments.To is { } to)
            {
                var end = to.UtcDateTime;
                calls = calls.Where(c => c.StartedAt < end);
            }
        }
        if (Enum.TryParse<CallDirection>(arguments.Choice(DirectionKey), ignoreCase: true, out var direction) && Enum.IsDefined(direction))
            calls = calls.Where(c => c.Direction == direction);
        return calls;
    }
}
