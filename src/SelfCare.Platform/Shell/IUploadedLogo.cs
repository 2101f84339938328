namespace SelfCare.Platform.Shell;

/// <summary>
/// The logo the tenant admin uploaded on Admin > Branding, as bytes, for documents that must embed it (a PDF makes no
/// network request). Null when the tenant uses its theme's logo.
/// </summary>
public interface IUploadedLogo
{
    Task<LogoImage?> GetAsync(CancellationToken ct = default);
}
