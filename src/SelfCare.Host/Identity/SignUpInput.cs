using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Identity;

/// <summary>"Sign up for an account": who asks to join which company account.</summary>
internal sealed class SignUpInput
{
    [Required(ErrorMessage = "Enter your company's account number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string AccountNumber { get; set; } = "";

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string? Phone { get; set; }

    [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
    public string? Message { get; set; }
}
