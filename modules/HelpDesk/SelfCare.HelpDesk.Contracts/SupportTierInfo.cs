namespace SelfCare.HelpDesk.Contracts;

/// <summary>A ticket's tier: <paramref name="Tier"/> is Emergency, HelpDesk or ProfessionalServices; <paramref name="OutsideHours"/>: opened outside business hours.</summary>
public sealed record SupportTierInfo(string Tier, bool OutsideHours);
