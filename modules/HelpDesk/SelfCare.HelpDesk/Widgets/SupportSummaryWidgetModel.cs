namespace SelfCare.HelpDesk.Widgets;

/// <summary>The Support box: open requests by tier, their total, and the emergency phone number (null when none is set).</summary>
public sealed record SupportSummaryWidgetModel(IReadOnlyList<SupportTierCount> Tiers, int Open, string? EmergencyPhone);
