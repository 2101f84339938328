namespace SelfCare.Platform.Files;

/// <summary>
/// One type of file the platform accepts, recognised by its bytes (never by the client's name or
/// Content-Type). Downloads are served with <see cref="ContentType"/> of the kind that was detected.
/// </summary>
public sealed class FileKind
{
    private readonly Func<Stream, bool> _matches;

    private FileKind(string name, string contentType, string extension, Func<Stream, bool> matches)
    {
        Name = name;
        ContentType = contentType;
        Extension = extension;
        _matches = matches;
    }

    public string Name { get; }
    public string ContentType { get; }
    /// <summary>The usual extension without a dot; used only to choose between kinds with the same bytes (text and CSV).</summary>
    public string Extension { get; }

    /// <summary>Whether the whole content (seekable, read from its start) is of this kind.</summary>
    public bool Matches(Stream content)
    {
        content.Position = 0;
        try { return _matches(content); }
        finally { content.Position = 0; }
    }

    public static readonly FileKind Png = new("PNG image", "image/png", "png", s => FileSignatures.StartsWith(s, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
    public static readonly FileKind Jpeg = new("JPEG image", "image/jpeg", "jpg", s => FileSignatures.StartsWith(s, [0xFF, 0xD8, 0xFF]));
    public static readonly FileKind Gif = new("GIF image", "image/gif", "gif", FileSignatures.IsGif);
    public static readonly FileKind WebP = new("WebP image", "image/webp", "webp", FileSignatures.IsWebP);
    public static readonly FileKind Pdf = new("PDF document", "application/pdf", "pdf", s => FileSignatures.StartsWith(s, "%PDF-"u8));
    public static readonly FileKind Text = new("plain text", "text/plain; charset=utf-8", "txt", FileSignatures.IsUtf8Text);
    public static readonly FileKind Csv = new("CSV table", "text/csv; charset=utf-8", "csv", FileSignatures.IsUtf8Text);
    public static readonly FileKind Docx = new("Word document (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
        s => FileSignatures.IsOfficePackage(s, "word/document.xml"));
    public static readonly FileKind Xlsx = new("Excel workbook (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
        s => FileSignatures.IsOfficePackage(s, "xl/workbook.xml"));

    public static readonly IReadOnlyList<FileKind> Images = [Png, Jpeg, Gif, WebP];

    /// <summary>Images, PDF, text, CSV, Word and Excel: what an order or ticket attachment may be. No ZIP, HTML, SVG or executables.</summary>
    public static readonly IReadOnlyList<FileKind> Documents = [Png, Jpeg, Gif, WebP, Pdf, Docx, Xlsx, Csv, Text];

    public override string ToString() => Name;
}
