using System.Globalization;
using System.Text;

namespace SelfCare.Host.Email.Sending;

/// <summary>
/// An attachment's name as it goes into the MIME headers: control and formatting characters (CR, LF, tab, bidi
/// overrides...) and path separators become spaces, runs of spaces one, broken surrogates U+FFFD, at most
/// <see cref="MaxLength"/> characters with the extension kept. Quotes and non-ASCII stay: <see cref="MailMessageWriter"/>
/// encodes them.
/// </summary>
internal static class AttachmentFileName
{
    public const int MaxLength = 80;

    public static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var space = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune.Value is '/' or '\\'
                        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (!space)
                builder.Append(rune.ToString());
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        // Normalized after the runes replaced broken surrogates (Normalize throws on them).
        var clean = builder.ToString().Normalize(NormalizationForm.FormC).Trim(' ', '.');
        if (clean.Length > MaxLength)
        {
            var extension = Path.GetExtension(clean);
            extension = extension.Length is > 1 and <= 10 ? extension : "";
            var cut = MaxLength - extension.Length;
            if (char.IsHighSurrogate(clean[cut - 1]))
                cut--;
            clean = clean[..cut].TrimEnd(' ', '.') + extension;
        }
        return clean.Length == 0 ? "attachment" : clean;
    }
}
