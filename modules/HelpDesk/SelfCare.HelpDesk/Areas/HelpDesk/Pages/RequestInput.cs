using System.ComponentModel.DataAnnotations;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

/// <summary>The support request form; which fields are required depends on the tier (checked in the page).</summary>
internal sealed class RequestInput
{
    public string? Tier { get; set; }

    [Required(ErrorMessage = "Choose the account.")]
    public Guid? AccountId { get; set; }

    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(200, ErrorMessage = "Keep the subject under 200 characters.")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Describe the issue or the work.")]
    [StringLength(SupportRequest.TextMaxLength, ErrorMessage = "Keep the description under 2000 characters.")]
    public string? Description { get; set; }

    [StringLength(200)]
    public string? RepresentativeName { get; set; }

    [EmailAddress(ErrorMessage = "Enter the representative's email address.")]
    [StringLength(256)]
    public string? RepresentativeEmail { get; set; }

    [StringLength(200)]
    public string? WantedBy { get; set; }

    [StringLength(200)]
    public string? PreferredTechnician { get; set; }
    public DateOnly? PreferredDate { get; set; }

    [StringLength(100)]
    public string? PreferredWindow { get; set; }

    [Range(0.25, 200, ErrorMessage = "Enter a cap between 0.25 and 200 hours.")]
    public decimal? HoursCap { get; set; }
    public string? IdempotencyKey { get; set; }
}
