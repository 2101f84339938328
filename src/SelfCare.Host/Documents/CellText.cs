using System.Text;

namespace SelfCare.Host.Documents;

/// <summary>
/// The text rule shared by .xlsx and CSV (documented on ITableExporter): remove what XML 1.0 forbids,
/// cut at Excel's cell limit. Returns the input itself when it is already clean (the common case: no copy).
/// </summary>
internal static class CellText
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxLength = 32_767;

    private const char Ellipsis = '\u2026';

    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0 && text.Length <= MaxLength)
            return text;
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        builder.Append(text, 0, firstBad < 0 ? text.Length : firstBad);
        for (var i = firstBad < 0 ? text.Length : firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (IsAllowed(c))
                builder.Append(c);
        }
        return builder.Length <= MaxLength ? builder.ToString() : Truncate(builder);
    }

    private static string Truncate(StringBuilder builder)
    {
        var keep = MaxLength - 1;
        // Never leave half of a surrogate pair at the cut.
        if (char.IsHighSurrogate(builder[keep - 1]))
            keep--;
        builder.Length = keep;
        return builder.Append(Ellipsis).ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsAllowed(c))
                return i;
        }
        return -1;
    }

    /// <summary>A single UTF-16 unit XML 1.0 allows (surrogates only in pairs, handled by the callers).</summary>
    private static bool IsAllowed(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < '\u0020' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => !char.IsSurrogate(c),
        };
}
