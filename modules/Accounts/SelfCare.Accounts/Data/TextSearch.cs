namespace SelfCare.Accounts.Data;

/// <summary>Turns what a user typed into a LIKE pattern (lower case, escaped with backslash, capped at 100 characters).</summary>
internal static class TextSearch
{
    public static string? Pattern(string? typed)
    {
        var q = typed?.Trim();
        if (string.IsNullOrEmpty(q))
            return null;
        q = q.Length > 100 ? q[..100] : q;
        return $"%{q.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
    }
}
