using System.ComponentModel.DataAnnotations;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages.Admin;

internal sealed class SettingsInput
{
    [StringLength(64)]
    public string? TimeZone { get; set; }

    [Required(ErrorMessage = "Enter the emergency phone number.")]
    [RegularExpression(@"^[0-9+() .\-]{7,40}$", ErrorMessage = "Enter the emergency phone number with digits, spaces, ( ) + . or - only.")]
    public string? EmergencyPhone { get; set; }

    [Range(0, 1000, ErrorMessage = "Enter a queue length from 0 to 1000.")]
    public int QueueLimit { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the emergency response target in hours (1 to 720).")]
    public int EmergencyResponseHours { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the emergency resolution target in hours (1 to 720).")]
    public int EmergencyResolutionHours { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the Help Desk response target in business hours (1 to 720).")]
    public int HelpDeskResponseHours { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the Help Desk resolution target in business hours (1 to 720).")]
    public int HelpDeskResolutionHours { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the Professional Services response target in business hours (1 to 720).")]
    public int ProfessionalResponseHours { get; set; }

    [Range(1, 720, ErrorMessage = "Enter the Professional Services resolution target in business hours (1 to 720).")]
    public int ProfessionalResolutionHours { get; set; }

    public List<DayInput> Days { get; set; } = [];
}
