using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace SelfCare.Tests.Documents;

/// <summary>Opens an exported workbook with the Open XML SDK (schema-validated) and reads its one sheet.</summary>
internal sealed class XlsxReader : IDisposable
{
    private readonly MemoryStream _stream;

    public XlsxReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = SpreadsheetDocument.Open(_stream, false);
        var workbook = Document.WorkbookPart!;
        Sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Worksheet = ((WorksheetPart)workbook.GetPartById(Sheet.Id!)).Worksheet;
        Styles = workbook.WorkbookStylesPart!.Stylesheet;
    }

    public SpreadsheetDocument Document { get; }
    public Sheet Sheet { get; }
    public Worksheet Worksheet { get; }
    public Stylesheet Styles { get; }

    public IReadOnlyList<ValidationErrorInfo> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(Document).ToList();

    public List<Row> Rows => Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    /// <summary>A cell's text: inline string text, or the raw value.</summary>
    public static string? Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue?.Text;

    public string NumberFormatOf(Cell cell)
    {
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId!.Value;
        return Styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId!.Value == id)?.FormatCode!.Value
               ?? $"builtin:{id}";
    }

    public static IReadOnlyList<string> EntryNames(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
