using System.Globalization;

namespace SelfCare.Host.Files;

/// <summary>
/// Checks the client's file name. It is only ever shown (HTML-encoded) and sent back in Content-Disposition,
/// never used as a path; names that try to be a path are refused so the uploader learns why.
/// </summary>
internal static class FileNames
{
    public const int MaxLength = 200;

    /// <summary>A refusal message, or null when the name is acceptable.</summary>
    public static string? Check(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "The file has no name.";
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Trim() is "." or "..")
            return "The file name must not contain folders (/, \\ or :). Rename the file and upload it again.";
        if (name.Any(IsHidden))
            return "The file name contains control characters. Rename the file and upload it again.";
        return null;
    }

    /// <summary>The name as stored: trimmed and at most <see cref="MaxLength"/> characters, keeping its extension.</summary>
    public static string Clean(string name)
    {
        var trimmed = name.Trim().Trim('.').Trim();
        if (trimmed.Length == 0)
            return "file";
        if (trimmed.Length <= MaxLength)
            return trimmed;
        var extension = Path.GetExtension(trimmed);
        if (extension.Length > 20)
            extension = "";
        var stem = trimmed[..(MaxLength - extension.Length)];
        // Never cut a surrogate pair in half.
        if (char.IsHighSurrogate(stem[^1]))
            stem = stem[..^1];
        return stem + extension;
    }

    // Control characters and invisible formatting (e.g. U+202E, which makes "exe.png" read as "gnp.exe").
    private static bool IsHidden(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
