using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Identity;

/// <summary>The Additional tab: phone and fax.</summary>
internal sealed class ContactInput
{
    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string? Phone { get; set; }

    [Phone(ErrorMessage = "Enter a valid fax number.")]
    [StringLength(40, ErrorMessage = "Use at most 40 characters.")]
    public string? Fax { get; set; }
}
