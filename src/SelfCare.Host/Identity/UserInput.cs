using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Identity;

/// <summary>The General tab (and Add user): name, email (also the username), role, accounts.</summary>
internal sealed class UserInput
{
    [Required(ErrorMessage = "Enter the user's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the user's email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = "";

    public List<Guid> Accounts { get; set; } = [];
}
