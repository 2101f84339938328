namespace SelfCare.HelpDesk.Widgets;

/// <summary>One tier's line in the Support box: open requests and how many of them are past their resolution target.</summary>
public sealed record SupportTierCount(string Tier, int Open, int PastDue);
