namespace SelfCare.Host.Documents;

/// <summary>Excel's rules for a sheet name: 1 to 31 characters, none of []:*?/\, no apostrophe at either end.</summary>
internal static class SheetName
{
    public static string Clean(string? name)
    {
        var chars = (name ?? "").Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c).ToArray();
        var clean = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'').Trim();
        if (clean.Length > 31)
            clean = clean[..31].TrimEnd().TrimEnd('\'');
        if (clean.Length > 0 && char.IsHighSurrogate(clean[^1]))
            clean = clean[..^1];
        // "History" is reserved by Excel.
        return clean.Length == 0 || clean.Equals("History", StringComparison.OrdinalIgnoreCase) ? "Sheet1" : clean;
    }

    /// <summary>The name as a formula reference: always quoted, apostrophes doubled.</summary>
    public static string Quoted(string name) => "'" + name.Replace("'", "''") + "'";
}
