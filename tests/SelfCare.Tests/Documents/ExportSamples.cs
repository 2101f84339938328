using SelfCare.Host.Documents;
using SelfCare.Platform.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>A row with every column kind, and helpers to run the real exporter into memory.</summary>
internal sealed record SampleRow(
    string? Text, long? Whole, double? Real, DateOnly? Day, DateTime? Moment, decimal? Usd, decimal? Eur, decimal? Yen, decimal? Share);

internal static class ExportSamples
{
    public static readonly IReadOnlyList<ExportColumn<SampleRow>> Columns =
    [
        ExportColumn<SampleRow>.Text("Text", r => r.Text),
        ExportColumn<SampleRow>.Integer("Whole", r => r.Whole),
        ExportColumn<SampleRow>.Number("Real", r => r.Real),
        ExportColumn<SampleRow>.Date("Day", r => r.Day),
        ExportColumn<SampleRow>.DateTime("Moment", r => r.Moment),
        ExportColumn<SampleRow>.Money("USD", r => r.Usd, "USD"),
        ExportColumn<SampleRow>.Money("EUR", r => r.Eur, "eur"),
        ExportColumn<SampleRow>.Money("JPY", r => r.Yen, "JPY"),
        ExportColumn<SampleRow>.Percent("Share", r => r.Share),
    ];

    /// <summary>Row <paramref name="i"/> of a deterministic data set: values that survive a round trip exactly.</summary>
    public static SampleRow Row(int i) => new(
        i % 7 == 0 ? $"Name {i}, \"quoted\" – Zürich ☎ 😀" : $"Account {i}",
        1_000_000L + i,
        i * 0.25 - 100,
        new DateOnly(2020, 1, 1).AddDays(i % 3000),
        new DateTime(2024, 3, 1, 0, 0, 0).AddMinutes(i * 7L),
        i * 1.5m + 0.25m,
        -i * 0.5m,
        i * 3m,
        (i % 1000) / 1000m);

    public static async IAsyncEnumerable<SampleRow> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Row(i);
            if (i % 10_000 == 0)
                await Task.Yield();
        }
    }

    public static async Task<byte[]> XlsxAsync<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string sheet = "Sheet")
    {
        using var output = new MemoryStream();
        await new TableExporter().WriteXlsxAsync(output, rows.ToAsyncEnumerable(), columns, sheet, CancellationToken.None);
        return output.ToArray();
    }

    public static async Task<string> CsvAsync<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var output = new MemoryStream();
        await new TableExporter().WriteCsvAsync(output, rows.ToAsyncEnumerable(), columns, CancellationToken.None);
        var bytes = output.ToArray();
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "CSV must start with a UTF-8 BOM");
        return System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
