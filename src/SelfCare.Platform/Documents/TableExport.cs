using System.Text;

namespace SelfCare.Platform.Documents;

/// <summary>Creates downloads of a list page's rows; see <see cref="ITableExporter"/> for what is written.</summary>
public static class TableExport
{
    /// <summary>
    /// A download in <paramref name="format"/>. <paramref name="fileName"/> is without extension (it is made
    /// safe: letters, digits, '-', '_' and '.' only); <paramref name="sheetName"/> names the Excel sheet
    /// (default: the file name).
    /// </summary>
    public static TableExportResult<T> File<T>(
        ExportFormat format, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string fileName, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (columns is null || columns.Count == 0)
            throw new ArgumentException("An export needs at least one column.", nameof(columns));
        return new TableExportResult<T>(format, rows, columns, fileName, sheetName ?? fileName);
    }

    /// <summary>Rows already in memory (a page that shapes them first, such as a tree).</summary>
    public static TableExportResult<T> File<T>(
        ExportFormat format, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string fileName, string? sheetName = null) =>
        File(format, rows.ToAsyncEnumerable(), columns, fileName, sheetName);

    internal static string SafeFileName(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, 100));
        foreach (var c in name)
        {
            if (builder.Length == 100)
                break;
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }
        var safe = builder.ToString().Trim('.', '-');
        return safe.Length == 0 ? "export" : safe;
    }
}
