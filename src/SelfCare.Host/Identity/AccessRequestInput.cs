using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Identity;

/// <summary>"Request portal access": a prospect's details for the tenant's staff.</summary>
internal sealed class AccessRequestInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your company.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Company { get; set; } = "";

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
