using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Themes;
using SelfCare.Platform.Security;
using SelfCare.Platform.Shell;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class BrandingModel(BrandingService branding, ThemeCatalog themes, ITenantContext tenantContext) : PageModel
{
    [BindProperty]
    public BrandingInput Input { get; set; } = new();

    public Branding Defaults { get; private set; } = null!;
    public bool HasCustomLogo { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await branding.GetOverridesAsync(ct);
        Input = new BrandingInput
        {
            Title = current.Title, PrimaryColor = current.PrimaryColor, AccentColor = current.AccentColor,
            Footer = current.Footer, SupportPhone = current.SupportPhone, SupportEmail = current.SupportEmail,
            SupportHours = current.SupportHours,
        };
        LoadDefaults(current.LogoFile is not null);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? logo, CancellationToken ct)
    {
        var current = await branding.GetOverridesAsync(ct);
        LoadDefaults(current.LogoFile is not null);
        var primary = Blank(Input.PrimaryColor);
        if (ModelState.IsValid && primary is not null && ColorContrast.AgainstWhite(primary) < 4.5)
            ModelState.AddModelError("Input.PrimaryColor", "This primary colour is too light: white text on it would be hard to read. Choose a darker colour.");
        byte[]? logoBytes = null;
        string? logoExtension = null;
        if (logo is { Length: > 0 })
        {
            if (logo.Length > LogoFile.MaxBytes)
                ModelState.AddModelError("logo", "The logo is larger than 512 KB. Use a smaller image.");
            else
            {
                using var buffer = new MemoryStream();
                await logo.CopyToAsync(buffer, ct);
                logoBytes = buffer.ToArray();
                logoExtension = LogoFile.DetectExtension(logoBytes);
                if (logoExtension is null)
                    ModelState.AddModelError("logo", "The logo must be a PNG, JPEG, GIF or WebP image.");
            }
        }
        else if (logo is { Length: 0 })
            ModelState.AddModelError("logo", "The logo file is empty.");
        if (!ModelState.IsValid)
            return Page();

        current.Title = Blank(Input.Title);
        current.PrimaryColor = primary?.ToLowerInvariant();
        current.AccentColor = Blank(Input.AccentColor)?.ToLowerInvariant();
        current.Footer = Blank(Input.Footer);
        current.SupportPhone = Blank(Input.SupportPhone);
        current.SupportEmail = Blank(Input.SupportEmail);
        current.SupportHours = Blank(Input.SupportHours);
        if (logoBytes is not null)
            current.LogoFile = await StoreLogoAsync(logoBytes, logoExtension!, ct);
        else if (Input.RemoveLogo)
            current.LogoFile = null;
        await branding.SaveAsync(current, ct);
        Notice = "Your branding is saved.";
        return RedirectToPage();
    }

    private async Task<string> StoreLogoAsync(byte[] bytes, string extension, CancellationToken ct)
    {
        Directory.CreateDirectory(branding.LogoFolder);
        var name = $"logo.{extension}";
        var temp = Path.Combine(branding.LogoFolder, $".{Guid.NewGuid():N}.tmp");
        await System.IO.File.WriteAllBytesAsync(temp, bytes, ct);
        System.IO.File.Move(temp, Path.Combine(branding.LogoFolder, name), overwrite: true);
        return name;
    }

    private void LoadDefaults(bool hasLogo)
    {
        var tenant = tenantContext.Current;
        var theme = themes.Get(tenant.Theme).Info;
        Defaults = new Branding(tenant.Name, theme.PrimaryColor, theme.AccentColor, "", theme.Footer,
            theme.SupportPhone, theme.SupportEmail, theme.SupportHours);
        HasCustomLogo = hasLogo;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
