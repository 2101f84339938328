using System.Net.Mail;
using System.Text;
using SelfCare.Host.Email.Outbox;
using SelfCare.Host.Email.Sending;
using SelfCare.Platform.Email;

namespace SelfCare.Tests.Email;

/// <summary>
/// The MIME the outbox writes for attachments, read back by <see cref="MimeReader"/> (not System.Net.Mail): the structure,
/// the bytes, and hostile file names (CRLF header injection, quotes, non-ASCII, bidi overrides, paths) that come out
/// encoded and cleaned without breaking a header.
/// </summary>
public sealed class AttachmentMimeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"selfcare-mime-{Guid.NewGuid():N}");

    public static TheoryData<string, string> HostileNames => new()
    {
        { "evil\r\nBcc: victim@example.com\r\n\r\n.csv", "evil Bcc: victim@example.com .csv" },
        { "Rapport d'été \"Q3\".xlsx", "Rapport d'été \"Q3\".xlsx" },
        { "a\"b\\c;d=e.csv", "a\"b c;d=e.csv" },
        { "invoice\u202Efdp.exe.pdf", "invoice fdp.exe.pdf" },
        { "../../etc/passwd", "etc passwd" },
        { "\r\n", "attachment" },
        { new string('日', 200) + ".xlsx", new string('日', 75) + ".xlsx" },
        { "bad\ud800surrogate.csv", "bad\ufffdsurrogate.csv" },
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void A_hostile_file_name_is_cleaned_and_encoded_without_breaking_a_header(string name, string shown)
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var eml = Write(new EmailAttachment(Guid.NewGuid(), name, "text/csv; charset=utf-8", bytes.Length), bytes);

        var raw = eml.ReplaceLineEndings("\n").Split('\n');
        Assert.All(raw, line => Assert.True(line.Length <= 998, "a line longer than SMTP allows"));
        Assert.DoesNotContain(raw, line => line.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase));
        Assert.All(raw.Where(l => l.Contains("filename", StringComparison.OrdinalIgnoreCase)), l => Assert.True(Ascii.IsValid(l), l));

        var message = MimeReader.Parse(eml);
        Assert.Null(message.Header("Bcc"));
        var attachment = Assert.Single(message.Attachments());
        Assert.Equal(shown, attachment.FileName);
        Assert.Equal(shown, AttachmentFileName.Clean(name));
        Assert.Equal(bytes, attachment.Body);
        Assert.Equal("base64", attachment.Header("Content-Transfer-Encoding"));
    }

    [Fact]
    public void An_email_with_a_file_is_multipart_mixed_with_text_and_html_first_then_the_file()
    {
        var csv = "account,amount\nAC-100101,10.50\n"u8.ToArray();
        var message = MimeReader.Parse(Write(new EmailAttachment(Guid.NewGuid(), "accounts.csv", "text/csv; charset=utf-8", csv.Length), csv));

        Assert.Equal("multipart/mixed", message.MediaType);
        Assert.Equal(["multipart/alternative", "text/csv"], message.Parts.Select(p => p.MediaType));
        Assert.Equal(["text/plain", "text/html"], message.Parts[0].Parts.Select(p => p.MediaType));
        Assert.Equal("Hello in text", message.Parts[0].Parts[0].Text);
        Assert.Equal("<p>Hello in HTML</p>", message.Parts[0].Parts[1].Text);
        Assert.Equal("<message-1@selfcare.test>", message.Header("Message-ID"));
        Assert.Equal(csv, message.Parts[1].Body);
        Assert.StartsWith("attachment", message.Parts[1].Header("Content-Disposition"));
        Assert.Equal("accounts.csv", message.Parts[1].FileName);
    }

    private string Write(EmailAttachment attachment, byte[] bytes)
    {
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(), MessageId = "<message-1@selfcare.test>", ToAddress = "finance@outside-auditors.example", Subject = "Your report",
            TextBody = "Hello in text", HtmlBody = "<p>Hello in HTML</p>",
        };
        var sender = new SenderProfile("reports@selfcare.test", "Reports", null, null, _folder, "test");
        Directory.CreateDirectory(_folder);
        using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = _folder })
        using (var mail = MailMessageWriter.Build(message, sender, [new OpenedAttachment(attachment, new MemoryStream(bytes))]))
            client.Send(mail);
        return File.ReadAllText(Assert.Single(Directory.GetFiles(_folder, "*.eml")), Encoding.UTF8);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
