using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Hierarchy;

/// <summary>What a group name may be; a message a person understands, or null when the name is fine.</summary>
internal static class GroupNameRules
{
    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "Enter a name for the group.";
        if (name.Trim().Length > AccountGroup.NameMaxLength)
            return $"The group name can be at most {AccountGroup.NameMaxLength} characters.";
        if (name.Any(char.IsControl))
            return "The group name cannot contain line breaks, tabs or other control characters.";
        return null;
    }
}
