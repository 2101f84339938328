using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Admin;

/// <summary>Branding overrides; an empty field means "use the theme's default".</summary>
internal sealed class BrandingInput
{
    [StringLength(100, ErrorMessage = "Keep the portal title under 100 characters.")]
    [Display(Name = "Portal title")]
    public string? Title { get; set; }

    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Enter the colour as #rrggbb, for example #1f4e79.")]
    [Display(Name = "Primary colour")]
    public string? PrimaryColor { get; set; }

    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Enter the colour as #rrggbb, for example #f2a900.")]
    [Display(Name = "Accent colour")]
    public string? AccentColor { get; set; }

    [StringLength(500, ErrorMessage = "Keep the footer under 500 characters.")]
    public string? Footer { get; set; }

    [StringLength(40, ErrorMessage = "Keep the phone number under 40 characters.")]
    [RegularExpression(@"^[0-9+().\- ]*$", ErrorMessage = "Use digits, spaces and + ( ) . - only.")]
    [Display(Name = "Support phone")]
    public string? SupportPhone { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Support email")]
    public string? SupportEmail { get; set; }

    [StringLength(200, ErrorMessage = "Keep the support hours under 200 characters.")]
    [Display(Name = "Support hours")]
    public string? SupportHours { get; set; }

    public bool RemoveLogo { get; set; }
}
