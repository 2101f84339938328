using System.Text;
using SelfCare.Platform.Files;

namespace SelfCare.Tests.Files;

/// <summary>Signature detection on its own; the same checks run inside the store in <see cref="FileStoreTests{TPortal}"/>.</summary>
public sealed class FileKindTests
{
    private static string? Detect(byte[] bytes, string name) =>
        UploadPolicy.Attachments.Detect(new MemoryStream(bytes), name)?.Extension;

    [Fact]
    public void Kinds_are_recognised_by_their_bytes_not_their_names()
    {
        Assert.Equal("png", Detect(UploadSamples.Png(), "photo.pdf"));
        Assert.Equal("pdf", Detect(UploadSamples.Pdf, "scan.png"));
        Assert.Equal("docx", Detect(UploadSamples.Docx(), "letter.docx"));
        Assert.Equal("csv", Detect(UploadSamples.Csv, "lines.csv"));
        Assert.Equal("txt", Detect(UploadSamples.Csv, "lines.txt"));
    }

    [Fact]
    public void Executables_markup_binary_text_and_plain_zips_are_not_recognised()
    {
        Assert.Null(Detect(UploadSamples.Exe, "logo.png"));
        Assert.Null(Detect(UploadSamples.Html, "invoice.pdf"));
        Assert.Null(Detect(Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), "notes.txt"));
        Assert.Null(Detect([0x41, 0x00, 0x42], "nul.txt"));
        Assert.Null(Detect([0x41, 0xC3, 0x28], "invalid-utf8.csv"));
        Assert.Null(Detect(UploadSamples.PlainZip(), "archive.docx"));
    }

    [Fact]
    public void The_download_disposition_is_an_attachment_with_an_encoded_name()
    {
        var header = FileDownload.ContentDisposition("Rechnung März \"2026\".pdf");
        Assert.StartsWith("attachment;", header);
        Assert.Contains("filename*=UTF-8''Rechnung%20M%C3%A4rz%20%222026%22.pdf", header);
    }
}
