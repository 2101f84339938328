using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Identity;

/// <summary>A billing contact as Options and Settings adds or edits it.</summary>
internal sealed class BillingContactForm
{
    [Required(ErrorMessage = "Enter the contact's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the contact's email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(254, ErrorMessage = "Use at most 254 characters.")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string? Phone { get; set; }
}
