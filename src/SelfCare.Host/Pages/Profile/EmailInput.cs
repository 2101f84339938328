using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Profile;

internal sealed class EmailInput
{
    [Required(ErrorMessage = "Enter your new email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    [Display(Name = "New email address")]
    public string NewEmail { get; set; } = "";
}
