namespace SelfCare.Host.Documents;

/// <summary>Spreadsheet column names: 1 is A, 26 is Z, 27 is AA.</summary>
internal static class ColumnLetters
{
    public static string Of(int oneBased)
    {
        var name = "";
        for (var n = oneBased; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
