using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages;

internal sealed class ActivateInput
{
    [Required, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(2000)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Use 10 to 128 characters.")]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Repeat the password")]
    public string Confirm { get; set; } = "";
}
