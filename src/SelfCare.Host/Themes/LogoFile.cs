using SelfCare.Platform.Files;

namespace SelfCare.Host.Themes;

/// <summary>Checks an uploaded logo by its bytes (not its name or declared type) and names its format.</summary>
internal static class LogoFile
{
    public const long MaxBytes = 512 * 1024;

    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
    };

    // The same signature checks as every other upload (SelfCare.Platform.Files). SVG is refused: it can carry script.
    private static readonly UploadPolicy Policy = new(MaxBytes, FileKind.Images);

    /// <summary>The file extension for a recognised image signature, or null.</summary>
    public static string? DetectExtension(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Policy.Detect(stream, "")?.Extension;
    }
}
