using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Help;

internal sealed class HelpInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "That address is too long.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";
}
