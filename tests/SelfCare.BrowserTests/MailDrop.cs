using System.Text.RegularExpressions;

namespace SelfCare.BrowserTests;

/// <summary>Reads the portal's .eml mail drop the way a person reads their mail: decoded, waiting for the message to arrive, attachments opened.</summary>
internal static partial class MailDrop
{
    /// <summary>The first message in <paramref name="folder"/> whose decoded text satisfies <paramref name="match"/>, within 90 s.</summary>
    public static async Task<string> WaitForAsync(string folder, Func<string, bool> match, string missing) =>
        Decoded(await WaitForRawAsync(folder, match, missing));

    /// <summary>The attachments of the first message whose decoded text satisfies <paramref name="match"/>: file name and bytes.</summary>
    public static async Task<List<(string FileName, byte[] Content)>> WaitForAttachmentsAsync(string folder, Func<string, bool> match, string missing) =>
        Attachments(await WaitForRawAsync(folder, match, missing));

    private static async Task<string> WaitForRawAsync(string folder, Func<string, bool> match, string missing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var mail = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories).Select(File.ReadAllText).FirstOrDefault(eml => match(Decoded(eml)))
                : null;
            if (mail is not null)
                return mail;
            Assert.True(DateTime.UtcNow < deadline, missing);
            await Task.Delay(500);
        }
    }

    /// <summary>Each part with "Content-Disposition: attachment": its name (filename*, RFC 2231, else filename) and base64 body decoded.</summary>
    private static List<(string, byte[])> Attachments(string eml)
    {
        var found = new List<(string, byte[])>();
        var parts = eml.ReplaceLineEndings("\n").Split("\n--");
        foreach (var part in parts)
        {
            var split = part.IndexOf("\n\n", StringComparison.Ordinal);
            if (split < 0)
                continue;
            var headers = part[..split].Replace("\n ", " ").Replace("\n\t", " ");
            if (!AttachmentHeader().IsMatch(headers))
                continue;
            var extended = ExtendedFileName().Match(headers);
            var name = extended.Success
                ? Uri.UnescapeDataString(extended.Groups[1].Value)
                : PlainFileName().Match(headers).Groups[1].Value;
            var body = string.Concat(part[(split + 2)..].Where(c => !char.IsWhiteSpace(c)));
            found.Add((name, Convert.FromBase64String(body)));
        }
        return found;
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

    [GeneratedRegex(@"(?im)^Content-Disposition:\s*attachment")]
    private static partial Regex AttachmentHeader();

    [GeneratedRegex(@"(?i)filename\*=UTF-8''([^;\s]+)")]
    private static partial Regex ExtendedFileName();

    [GeneratedRegex("(?i)filename=\"?([^\";]+)")]
    private static partial Regex PlainFileName();
}
