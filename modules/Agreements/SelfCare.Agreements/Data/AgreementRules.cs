namespace SelfCare.Agreements.Data;

internal static class AgreementRules
{
    public static IReadOnlyList<SupportTier> ParseTiers(string? csv) =>
        [.. (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.TryParse<SupportTier>(t, out var tier) ? (SupportTier?)tier : null).OfType<SupportTier>().Distinct()];

    public static string JoinTiers(IEnumerable<SupportTier> tiers) => string.Join(',', tiers.Distinct().Order());

    public static string TierLabel(SupportTier tier) => tier switch
    {
        SupportTier.Emergency => "Emergency",
        SupportTier.HelpDesk => "Help Desk",
        _ => "Professional Services",
    };

    public static string TypeLabel(AgreementType type) => type switch
    {
        AgreementType.MasterServices => "Master Services Agreement",
        AgreementType.EmergencySupport => "Emergency Support Services Agreement",
        AgreementType.HelpDesk => "Help Desk Agreement",
        _ => "Block hours / retainer",
    };
}
