namespace SelfCare.HelpDesk.Data;

/// <summary>A tenant's help-desk settings (one row, Admin > Help desk); defaults until an admin saves.</summary>
internal sealed class HelpDeskSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>IANA zone of the business hours; null: the tenant's own zone.</summary>
    public string? TimeZone { get; set; }
    public string? EmergencyPhone { get; set; }

    /// <summary>Help Desk sessions are limited to 30 minutes while more requests than this wait in the queue.</summary>
    public int QueueLimit { get; set; } = 5;

    /// <summary>Emergency targets run on the 24x7 clock; the others on business hours.</summary>
    public int EmergencyResponseHours { get; set; } = 1;
    public int EmergencyResolutionHours { get; set; } = 8;
    public int HelpDeskResponseHours { get; set; } = 4;
    public int HelpDeskResolutionHours { get; set; } = 16;
    public int ProfessionalResponseHours { get; set; } = 8;
    public int ProfessionalResolutionHours { get; set; } = 40;

    public (int Response, int Resolution) Targets(SupportTier tier) => tier switch
    {
        SupportTier.HelpDesk => (HelpDeskResponseHours, HelpDeskResolutionHours),
        SupportTier.ProfessionalServices => (ProfessionalResponseHours, ProfessionalResolutionHours),
        _ => (EmergencyResponseHours, EmergencyResolutionHours),
    };
}
