using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Users;

internal sealed class NewInput
{
    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string? Phone { get; set; }
}
