using System.Text;

namespace SelfCare.Reports.Schedules;

/// <summary>A file name part from user text: letters, digits and dashes only.</summary>
internal static class FileNames
{
    public static string Safe(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Trim())
        {
            if (builder.Length == 60)
                break;
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var safe = builder.ToString().Trim('-');
        return safe.Length == 0 ? "report" : safe;
    }
}
