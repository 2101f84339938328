using SelfCare.Platform.Shell;

namespace SelfCare.Host.Themes;

/// <summary>The current tenant's uploaded logo from its branding folder; its type is read from the bytes again, never trusted from the name.</summary>
internal sealed class UploadedLogo(BrandingService branding) : IUploadedLogo
{
    public async Task<LogoImage?> GetAsync(CancellationToken ct = default)
    {
        var overrides = await branding.GetOverridesAsync(ct);
        if (overrides.LogoFile is null)
            return null;
        var file = new FileInfo(Path.Combine(branding.LogoFolder, overrides.LogoFile));
        if (!file.Exists || file.Length > LogoFile.MaxBytes)
            return null;
        var content = await File.ReadAllBytesAsync(file.FullName, ct);
        return LogoFile.DetectExtension(content) is { } extension && LogoFile.ContentTypes.TryGetValue(extension, out var type)
            ? new LogoImage(content, type)
            : null;
    }
}
