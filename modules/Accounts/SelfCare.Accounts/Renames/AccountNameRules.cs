namespace SelfCare.Accounts.Renames;

/// <summary>What an account name may be. Returns a message a person understands, or null when the name is fine.</summary>
internal static class AccountNameRules
{
    public const int MaxLength = 200;
    public const int MaxReasonLength = 1000;

    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "Enter the new account name.";
        if (name.Trim().Length > MaxLength)
            return $"The account name can be at most {MaxLength} characters.";
        if (name.Any(char.IsControl))
            return "The account name cannot contain line breaks, tabs or other control characters.";
        return null;
    }

    public static string? ValidateReason(string? reason)
    {
        if (reason is null)
            return null;
        if (reason.Length > MaxReasonLength)
            return $"The reason can be at most {MaxReasonLength} characters.";
        // A reason may span lines; other control characters have no place in it.
        if (reason.Any(c => char.IsControl(c) && c is not ('\r' or '\n')))
            return "The reason cannot contain tabs or other control characters.";
        return null;
    }
}
