using System.Buffers;
using System.Globalization;
using System.Text;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>RFC 4180 CSV, UTF-8 with BOM, CRLF, with the text rules and formula-injection guard of ITableExporter.</summary>
internal static class CsvTableWriter
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static async Task WriteAsync<T>(Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken ct)
    {
        var currencies = columns.Select(c => c.Currency is null ? null : CurrencyFormat.For(c.Currency)).ToArray();
        var sink = new BufferedAsyncOutput(output);
        await using (var writer = new StreamWriter(sink, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" })
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                    writer.Write(',');
                WriteField(writer, GuardedText(columns[i].Header));
            }
            writer.WriteLine();

            await foreach (var row in rows.WithCancellation(ct))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    if (i > 0)
                        writer.Write(',');
                    var value = columns[i].ValueOf(row);
                    if (value.HasValue)
                        WriteField(writer, FieldText(columns[i], currencies[i], value));
                }
                writer.WriteLine();
                // The writer's own buffer is bounded (16K chars); what it has handed on is drained here.
                if (sink.ShouldDrain)
                    await sink.DrainAsync(ct);
            }
        }
        await sink.DrainAsync(ct);
        await output.FlushAsync(ct);
    }

    /// <summary>The field's text before quoting. Text is cleaned and guarded; numbers are culture-invariant.</summary>
    internal static string FieldText<T>(ExportColumn<T> column, CurrencyFormat? currency, ExportValue value) => column.Kind switch
    {
        ExportColumnKind.Text => GuardedText(value.Text!),
        ExportColumnKind.Number when !double.IsFinite(value.Real) => "",
        ExportColumnKind.Number => column.Decimals is { } d
            ? value.Real.ToString("F" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value.Real.ToString("R", CultureInfo.InvariantCulture),
        ExportColumnKind.Integer => value.Whole.ToString(CultureInfo.InvariantCulture),
        ExportColumnKind.Date => value.Moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportColumnKind.DateTime => value.Moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ExportColumnKind.Money => currency!.CsvText(value.Exact),
        ExportColumnKind.Percent => (value.Exact * 100).ToString("0.##########", CultureInfo.InvariantCulture) + "%",
        _ => "",
    };

    /// <summary>Cleaned text; one that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    internal static string GuardedText(string text)
    {
        var clean = CellText.Clean(text);
        return clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            ? CellText.Clean("'" + clean)
            : clean;
    }

    internal static void WriteField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
