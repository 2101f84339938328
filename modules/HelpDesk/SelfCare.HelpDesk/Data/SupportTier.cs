namespace SelfCare.HelpDesk.Data;

/// <summary>The managed-services support tiers (seed 001): Emergency 24x7x365, Help Desk and Professional Services in business hours.</summary>
internal enum SupportTier
{
    Emergency,
    HelpDesk,
    ProfessionalServices,
}
