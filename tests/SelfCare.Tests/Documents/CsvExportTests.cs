using SelfCare.Platform.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>CSV: RFC 4180 quoting, formula-injection guard, hostile text, culture-invariant typed values.</summary>
public sealed class CsvExportTests
{
    private static readonly IReadOnlyList<ExportColumn<string?>> OneText = [ExportColumn<string?>.Text("Value", v => v)];

    private static async Task<string> FieldOf(string? value)
    {
        var csv = await ExportSamples.CsvAsync([value], OneText);
        Assert.StartsWith("Value\r\n", csv);
        Assert.EndsWith("\r\n", csv);
        return csv["Value\r\n".Length..^2];
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("line\nfeed", "\"line\nfeed\"")]
    [InlineData(" padded ", " padded ")]
    [InlineData("Zürich ☎ 😀 日本", "Zürich ☎ 😀 日本")]
    public async Task Fields_are_quoted_per_RFC_4180(string value, string expected) =>
        Assert.Equal(expected, await FieldOf(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("\u0001=1", "'=1")] // the control character goes first, then the formula guard sees '='
    [InlineData("a=1", "a=1")]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(string value, string expected) =>
        Assert.Equal(expected, await FieldOf(value));

    [Fact]
    public async Task Numbers_in_typed_columns_are_not_guarded_and_are_culture_invariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var row = new SampleRow("x", -5, -1234.5, new DateOnly(2026, 5, 1), new DateTime(2026, 5, 1, 14, 30, 5), -1234.565m, 0.5m, 1234.5m, 0.125m);
            var csv = await ExportSamples.CsvAsync([row, new SampleRow(null, null, null, null, null, null, null, null, null)], ExportSamples.Columns);
            var lines = csv.Split("\r\n");
            Assert.Equal("Text,Whole,Real,Day,Moment,USD,EUR,JPY,Share", lines[0]);
            Assert.Equal("x,-5,-1234.5,2026-05-01,2026-05-01 14:30:05,-1234.57,0.50,1235,12.5%", lines[1]);
            Assert.Equal(",,,,,,,,", lines[2]);
            Assert.Equal("", lines[3]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Hostile_text_is_stripped_and_cut_by_the_documented_rule()
    {
        Assert.Equal("ab\tc", await FieldOf("a\0b\u0007\tc\u001F\uFFFE"));
        Assert.Equal("lonely", await FieldOf("lone\uD800ly"));

        var huge = new string('x', 40_000);
        var field = await FieldOf(huge);
        Assert.Equal(32_767, field.Length);
        Assert.EndsWith("x\u2026", field);

        // A cut never splits a surrogate pair.
        var emoji = new string('x', 32_765) + "😀😀😀";
        var cut = await FieldOf(emoji);
        Assert.True(cut.Length <= 32_767);
        Assert.False(char.IsHighSurrogate(cut[^2]));
        Assert.EndsWith("\u2026", cut);
    }

    [Fact]
    public async Task Many_rows_stream_through_in_order()
    {
        using var output = new MemoryStream();
        await new Host.Documents.TableExporter().WriteCsvAsync(output, ExportSamples.Rows(20_000), ExportSamples.Columns, CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal(20_002, lines.Length); // header, rows, final empty
        Assert.StartsWith("Account 19998,1019998,", lines[19_999]);
    }
}
