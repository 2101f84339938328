namespace SelfCare.Host.Search;

/// <summary>What the search bar accepts: the trimmed text, 2 to 100 characters.</summary>
internal static class SearchText
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    public const string TooShort = "Type at least 2 characters to search.";
    public const string TooLong = "Search for at most 100 characters.";

    /// <summary>The trimmed query, or null with the message to show (too short or too long).</summary>
    public static string? Accept(string? typed, out string? message)
    {
        var q = typed?.Trim() ?? "";
        message = q.Length < MinLength ? TooShort : q.Length > MaxLength ? TooLong : null;
        return message is null ? q : null;
    }
}
