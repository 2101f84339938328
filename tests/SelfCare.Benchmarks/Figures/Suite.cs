namespace SelfCare.Benchmarks.Figures;

/// <summary>A suite of the benchmark program: its name (of its report and figures files) and the arguments that start it.</summary>
internal sealed record Suite(string Name, string Title, string[] Arguments)
{
    /// <summary>Every suite, in the order <c>all</c> runs them: the quick ones first, the long load and soak last.</summary>
    public static readonly IReadOnlyList<Suite> All =
    [
        new("platform-foundation", "Platform: start-up, memory, cold tenant, login page", []),
        new("api", "Integration API", ["api"]),
        new("documents", "PDF and Excel documents", ["documents"]),
        new("email", "Email templates and outbox", ["email"]),
        new("account-details", "Account Details pages and exports", ["account-details"]),
        new("billing", "Billing: Summary page and invoice PDF", ["billing"]),
        new("tickets", "Tickets at 100,000", ["tickets"]),
        new("usage", "Call detail records: import and Excel", ["usage"]),
        new("reports", "Scheduled reports fan-out", ["reports"]),
        new("load", "Load and soak", ["load"]),
    ];
}
