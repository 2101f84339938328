namespace SelfCare.HelpDesk.Data;

internal static class SupportTiers
{
    public static string Label(SupportTier tier) => tier switch
    {
        SupportTier.HelpDesk => "Help Desk",
        SupportTier.ProfessionalServices => "Professional Services",
        _ => "Emergency",
    };

    public static SupportTier? Parse(string? value) =>
        Enum.TryParse<SupportTier>(value?.Replace(" ", ""), true, out var t) && Enum.IsDefined(t) ? t : null;
}
