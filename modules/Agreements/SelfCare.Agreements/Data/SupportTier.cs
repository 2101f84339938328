namespace SelfCare.Agreements.Data;

/// <summary>The support tiers time is logged at (HelpDesk's names, so its lookup's answer parses).</summary>
internal enum SupportTier
{
    Emergency,
    HelpDesk,
    ProfessionalServices,
}
