using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SelfCare.BrowserTests;

/// <summary>Opens what the bill's Options menu downloaded: the PDF's page count, the workbook's cell texts.</summary>
public static partial class BillDownloads
{
    /// <summary>The number of page objects in a PDF (Chromium writes page dictionaries uncompressed); fails unless it starts with %PDF.</summary>
    public static int PdfPageCount(byte[] pdf)
    {
        Assert.True(pdf.Length > 1000 && Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-", "The download is not a PDF.");
        return PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;
    }

    /// <summary>Every row of the workbook's first sheet as its cells' texts (shared and inline strings resolved).</summary>
    public static List<List<string>> XlsxRows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var firstSheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!);
        return sheet.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString
                ? shared[int.Parse(c.CellValue!.Text)]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList())
            .ToList();
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
