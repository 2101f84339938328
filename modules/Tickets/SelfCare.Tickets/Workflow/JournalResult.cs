namespace SelfCare.Tickets.Workflow;

/// <summary>A journal write's outcome and, when refused, why (a message for the form).</summary>
internal sealed record JournalResult(JournalOutcome Outcome, string? Refusal = null)
{
    public static readonly JournalResult Added = new(JournalOutcome.Added);
    public static readonly JournalResult Duplicate = new(JournalOutcome.Duplicate);
    public static readonly JournalResult NotFound = new(JournalOutcome.NotFound);

    public static JournalResult Refused(string why) => new(JournalOutcome.Refused, why);
}
