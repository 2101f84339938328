using System.Text;
using System.Text.RegularExpressions;

namespace SelfCare.Tests.Email;

/// <summary>
/// A small MIME reader for the tests, independent of System.Net.Mail (which wrote the messages): unfolds headers, splits
/// multiparts by boundary, decodes base64 and quoted-printable, reads RFC 2231 and RFC 2047 file names.
/// </summary>
public static partial class MimeReader
{
    public static MimePart Parse(string eml) => ParsePart(eml.ReplaceLineEndings("\r\n"));

    private static MimePart ParsePart(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var headers = new List<(string, string)>();
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
                headers[^1] = (headers[^1].Item1, headers[^1].Item2 + " " + line.Trim());
            else if (line.IndexOf(':') is > 0 and var colon)
                headers.Add((line[..colon], line[(colon + 1)..].Trim()));
        }
        var part = new MimePart(headers, [], []);
        var type = part.Header("Content-Type") ?? "";
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = Parameter(type, "boundary") ?? throw new FormatException("A multipart without a boundary.");
            var children = body.Split("--" + boundary).Skip(1).TakeWhile(p => !p.StartsWith("--", StringComparison.Ordinal))
                .Select(p => ParsePart(p.TrimStart('\r', '\n'))).ToList();
            return part with { Parts = children };
        }
        var encoding = part.Header("Content-Transfer-Encoding")?.Trim().ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.UTF8.GetBytes(body),
        };
        return part with { Body = bytes };
    }

    public static string? FileName(string disposition)
    {
        if (Parameter(disposition, "filename*") is { } extended)
        {
            var quote = extended.IndexOf('\'');
            var charset = extended[..quote];
            var encoded = extended[(extended.IndexOf('\'', quote + 1) + 1)..];
            return Encoding.GetEncoding(charset).GetString(PercentDecode(encoded));
        }
        return Parameter(disposition, "filename") is { } plain ? DecodeWords(plain) : null;
    }

    /// <summary>A header parameter's value, a quoted string unescaped.</summary>
    public static string? Parameter(string header, string name)
    {
        foreach (Match m in ParameterPattern().Matches(header))
        {
            if (!m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                continue;
            return m.Groups[2].Success ? Regex.Replace(m.Groups[2].Value, @"\\(.)", "$1") : m.Groups[3].Value;
        }
        return null;
    }

    /// <summary>RFC 2047 encoded words (=?charset?B|Q?...?=), adjacent words joined without the space between them.</summary>
    public static string DecodeWords(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
            return encoding.GetString(bytes);
        });

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var raw = text.Replace("=\r\n", "");
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '=' && i + 2 < raw.Length && Uri.IsHexDigit(raw[i + 1]) && Uri.IsHexDigit(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i].ToString()));
        }
        return [.. bytes];
    }

    private static byte[] PercentDecode(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                bytes.Add((byte)text[i]);
        }
        return [.. bytes];
    }

    [GeneratedRegex("""(?:^|;)\s*([A-Za-z0-9*_\-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))""")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
