using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Admin;

internal sealed class ApiKeyInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Give the key a name, e.g. the system that will use it.")]
    [StringLength(100, ErrorMessage = "The name can have at most 100 characters.")]
    public string? Name { get; set; }

    [Display(Name = "Scopes")]
    public List<string> Scopes { get; set; } = [];

    [Display(Name = "Expires after (optional)")]
    public DateOnly? ExpiresOn { get; set; }
}
