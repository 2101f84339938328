namespace SelfCare.Platform.Reports;

/// <summary>What a report parameter asks for, and so which <see cref="ReportArguments"/> field carries it.</summary>
public enum ReportParameterKind
{
    /// <summary>Start and stop date/time, or a relative range in a schedule: <see cref="ReportArguments.From"/> and <see cref="ReportArguments.To"/>.</summary>
    DateTimeRange,

    /// <summary>A billing cycle (a calendar month in the tenant's zone): <see cref="ReportArguments.BillingCycle"/>, and From/To set to that month.</summary>
    BillingCycle,

    /// <summary>An account or an account group: <see cref="ReportArguments.AccountIds"/>.</summary>
    Account,

    /// <summary>One value of <see cref="ReportParameter.Choices"/>, e.g. a status: <see cref="ReportArguments.Choices"/>[key].</summary>
    Choice,
}
