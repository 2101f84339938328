namespace SelfCare.Platform.Files;

/// <summary>What one upload field accepts: a size limit and an allow-list of kinds checked by signature.</summary>
public sealed record UploadPolicy(long MaxBytes, IReadOnlyList<FileKind> AllowedKinds)
{
    /// <summary>Order and ticket attachments: 10 MB of images, PDF, Word, Excel, CSV or text.</summary>
    public static readonly UploadPolicy Attachments = new(10 * 1024 * 1024, FileKind.Documents);

    /// <summary>The kind of <paramref name="content"/> among the allowed ones, or null. The name only breaks ties (text vs CSV).</summary>
    public FileKind? Detect(Stream content, string originalName)
    {
        var matches = AllowedKinds.Where(k => k.Matches(content)).ToList();
        return matches.FirstOrDefault(k => originalName.EndsWith("." + k.Extension, StringComparison.OrdinalIgnoreCase))
            ?? matches.FirstOrDefault();
    }

    public string Describe() => string.Join(", ", AllowedKinds.Select(k => k.Name).Distinct());
}
