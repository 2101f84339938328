using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>The platform's <see cref="ITableExporter"/>: stateless, a singleton.</summary>
internal sealed class TableExporter : ITableExporter
{
    public Task WriteXlsxAsync<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string sheetName, CancellationToken cancellationToken)
    {
        Validate(output, rows, columns);
        return XlsxTableWriter.WriteAsync(output, rows, columns, sheetName, cancellationToken);
    }

    public Task WriteCsvAsync<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken cancellationToken)
    {
        Validate(output, rows, columns);
        return CsvTableWriter.WriteAsync(output, rows, columns, cancellationToken);
    }

    private static void Validate<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns is null || columns.Count == 0)
            throw new ArgumentException("An export needs at least one column.", nameof(columns));
        if (columns.Count > 16_384)
            throw new ArgumentException("An Excel sheet holds at most 16,384 columns.", nameof(columns));
    }
}
