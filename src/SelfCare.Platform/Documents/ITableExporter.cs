namespace SelfCare.Platform.Documents;

/// <summary>
/// Streams rows into an Excel workbook (.xlsx, one sheet) or a CSV file. Rows are read once, in order, and
/// written as they come: memory stays flat however many rows there are, and nothing is kept after the call.
/// Inject it where a list page offers a download; <see cref="TableExport"/> wraps it as a page or API result.
/// <para>
/// Text rules, the same in both formats, so a hostile value cannot corrupt the file:
/// characters that XML 1.0 forbids (control characters other than tab, LF and CR; U+FFFE, U+FFFF;
/// unpaired surrogates) are removed; text longer than Excel's cell limit of 32,767 characters is cut to
/// 32,766 characters plus "…" (never inside a surrogate pair). In .xlsx, text that looks like Excel's
/// escape <c>_xHHHH_</c> is escaped so it reads back literally. In CSV, every field is quoted per RFC 4180
/// when it holds a comma, quote, CR or LF, lines end in CRLF, the file is UTF-8 with a BOM (so Excel reads
/// it as UTF-8), and a text cell that starts with = + - @ tab or CR gets a leading apostrophe so that a
/// spreadsheet never runs it as a formula. Numbers, dates and money are culture-invariant.
/// </para>
/// </summary>
public interface ITableExporter
{
    /// <summary>
    /// Writes an .xlsx workbook: one sheet named <paramref name="sheetName"/> (made valid: at most 31
    /// characters, none of []:*?/\), a bold, filled, frozen header row with an auto-filter, typed cells.
    /// At most 1,048,575 rows (Excel's sheet limit, less the header): more throws
    /// <see cref="InvalidOperationException"/> (offer CSV for bigger sets). <paramref name="output"/> may be
    /// non-seekable (a response body); it is written asynchronously only, and left open.
    /// </summary>
    Task WriteXlsxAsync<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string sheetName, CancellationToken cancellationToken);

    /// <summary>Writes an RFC 4180 CSV file with a header line (UTF-8 with BOM, CRLF). <paramref name="output"/> is left open.</summary>
    Task WriteCsvAsync<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken cancellationToken);
}
