using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Profile;

internal sealed class PasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(256)]
    [Display(Name = "Current password")]
    public string Current { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Use 10 to 128 characters.")]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Repeat the new password")]
    public string Confirm { get; set; } = "";
}
