using System.Text;

namespace SelfCare.Tests.Email;

/// <summary>One part of a parsed message (the message itself at the top): its headers in order, decoded body, child parts.</summary>
public sealed record MimePart(IReadOnlyList<(string Name, string Value)> Headers, byte[] Body, IReadOnlyList<MimePart> Parts)
{
    public string? Header(string name) => Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public string MediaType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>Every part under this one, depth first.</summary>
    public IEnumerable<MimePart> All() => Parts.SelectMany(p => p.All().Prepend(p));

    public IEnumerable<MimePart> Attachments() =>
        All().Where(p => p.Header("Content-Disposition")?.TrimStart().StartsWith("attachment", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The attachment's name as a mail reader shows it: RFC 2231 filename* first, else filename (RFC 2047 decoded).</summary>
    public string? FileName => MimeReader.FileName(Header("Content-Disposition") ?? "");
}
