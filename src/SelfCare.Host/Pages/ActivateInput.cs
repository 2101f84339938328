using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages;

internal sealed class ActivateInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the access code from your email.")]
    [StringLength(64)]
    [Display(Name = "Access code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Use 10 to 128 characters.")]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Repeat the password")]
    public string Confirm { get; set; } = "";
}
