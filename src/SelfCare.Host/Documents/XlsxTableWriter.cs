using System.IO.Compression;
using DocumentFormat.OpenXml;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>Streams one sheet of rows into an .xlsx package: small parts first, the sheet as rows arrive, the workbook last.</summary>
internal static class XlsxTableWriter
{
    /// <summary>Excel's rows per sheet.</summary>
    public const int MaxRows = 1_048_576;

    public static async Task WriteAsync<T>(
        Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string sheetName, CancellationToken ct)
    {
        var name = SheetName.Clean(sheetName);
        var styles = new XlsxStyles(
            columns.Select(c => c.Kind).ToList(), columns.Select(c => c.Currency).ToList(), columns.Select(c => c.Decimals).ToList());
        var sink = new BufferedAsyncOutput(output);
        var lastColumn = ColumnLetters.Of(columns.Count);
        var rowNumber = 1;

        using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlsxPackageParts.WriteContentTypes(zip);
            XlsxPackageParts.WriteRelationships(zip);
            XlsxPackageParts.WriteStyles(zip, styles);
            await sink.DrainAsync(ct);

            using (var stream = zip.CreateEntry(XlsxPackageParts.SheetPath, CompressionLevel.Fastest).Open())
            using (var writer = OpenXmlWriter.Create(stream))
            {
                var sheet = new XlsxSheetWriter<T>(writer, columns, styles);
                sheet.WriteStart();
                await foreach (var row in rows.WithCancellation(ct))
                {
                    if (rowNumber == MaxRows)
                        throw new InvalidOperationException(
                            $"An Excel sheet holds at most {MaxRows - 1:N0} rows below its header; export this list as CSV instead.");
                    sheet.WriteRow(row, ++rowNumber);
                    if (sink.ShouldDrain)
                        await sink.DrainAsync(ct);
                }
                sheet.WriteEnd($"A1:{lastColumn}{rowNumber}");
                writer.Close();
            }
            XlsxPackageParts.WriteWorkbook(zip, name, $"$A$1:${lastColumn}${rowNumber}");
        }
        await sink.DrainAsync(ct);
        await output.FlushAsync(ct);
    }
}
