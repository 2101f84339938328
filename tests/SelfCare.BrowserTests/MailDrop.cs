using System.Text.RegularExpressions;

namespace SelfCare.BrowserTests;

/// <summary>Reads the portal's .eml mail drop the way a person reads their mail: decoded, waiting for the message to arrive.</summary>
internal static partial class MailDrop
{
    /// <summary>The first message in <paramref name="folder"/> whose decoded text satisfies <paramref name="match"/>, within 90 s.</summary>
    public static async Task<string> WaitForAsync(string folder, Func<string, bool> match, string missing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var mail = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories).Select(f => Decoded(File.ReadAllText(f))).FirstOrDefault(match)
                : null;
            if (mail is not null)
                return mail;
            Assert.True(DateTime.UtcNow < deadline, missing);
            await Task.Delay(500);
        }
    }

    /// <summary>The raw message plus its base64 parts decoded and quoted-printable soft breaks removed.</summary>
    private static string Decoded(string eml)
    {
        var parts = new List<string> { eml.Replace("=\r\n", "").Replace("=\n", "") };
        var block = new System.Text.StringBuilder();
        foreach (var line in eml.Split('\n').Select(l => l.TrimEnd('\r')).Append(""))
        {
            if (line.Length >= 4 && Base64Line().IsMatch(line))
            {
                block.Append(line);
                continue;
            }
            if (block.Length > 0)
            {
                try { parts.Add(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(block.ToString()))); }
                catch (FormatException) { }
                block.Clear();
            }
        }
        return string.Join("\n", parts);
    }

    [GeneratedRegex("^[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex Base64Line();
}
