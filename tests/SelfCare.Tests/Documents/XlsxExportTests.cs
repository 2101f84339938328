using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Platform.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>.xlsx: a valid package with a styled, frozen, filtered header and typed cells; hostile text cannot break it.</summary>
public sealed class XlsxExportTests
{
    [Fact]
    public async Task The_workbook_is_schema_valid_with_a_frozen_filtered_bold_header_and_typed_cells()
    {
        var rows = Enumerable.Range(0, 50).Select(ExportSamples.Row).ToList();
        using var xlsx = new XlsxReader(await ExportSamples.XlsxAsync(rows, ExportSamples.Columns, "Accounts: [2026/05]"));

        Assert.Empty(xlsx.ValidationErrors().Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("Accounts 2026 05", xlsx.Sheet.Name!.Value);

        var pane = xlsx.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A1:I51", xlsx.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(9, xlsx.Worksheet.Descendants<Column>().Count());

        var header = xlsx.Rows[0].Elements<Cell>().ToList();
        Assert.Equal(["Text", "Whole", "Real", "Day", "Moment", "USD", "EUR", "JPY", "Share"], header.Select(XlsxReader.Text));
        var headerFormat = xlsx.Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(xlsx.Styles.Fonts!.Elements<Font>().ElementAt((int)headerFormat.FontId!.Value).Bold);
        var fill = xlsx.Styles.Fills!.Elements<Fill>().ElementAt((int)headerFormat.FillId!.Value);
        Assert.Equal(PatternValues.Solid, fill.PatternFill!.PatternType!.Value);

        var cells = xlsx.Rows[8].Elements<Cell>().ToList(); // row 7 of the data
        var expected = ExportSamples.Row(7);
        Assert.Equal(expected.Text, XlsxReader.Text(cells[0]));
        Assert.Equal("1000007", cells[1].CellValue!.Text);
        Assert.Null(cells[1].DataType);
        Assert.Equal("builtin:1", xlsx.NumberFormatOf(cells[1]));
        Assert.Equal(expected.Real, double.Parse(cells[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Day!.Value.ToDateTime(TimeOnly.MinValue), DateTime.FromOADate(double.Parse(cells[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd", xlsx.NumberFormatOf(cells[3]));
        Assert.Equal("yyyy-mm-dd hh:mm", xlsx.NumberFormatOf(cells[4]));
        Assert.Equal(expected.Usd.ToString(), cells[5].CellValue!.Text);
        Assert.Equal("\"$\"#,##0.00;-\"$\"#,##0.00", xlsx.NumberFormatOf(cells[5]));
        Assert.Equal("\"€\"#,##0.00;-\"€\"#,##0.00", xlsx.NumberFormatOf(cells[6]));
        Assert.Equal("\"¥\"#,##0;-\"¥\"#,##0", xlsx.NumberFormatOf(cells[7]));
        Assert.Equal("builtin:10", xlsx.NumberFormatOf(cells[8]));
    }

    [Fact]
    public async Task Hostile_text_cannot_corrupt_the_workbook()
    {
        string?[] values =
        [
            "nul\0 bell\u0007 esc\u001B vt\u000B ff\u000C end",
            "lone \uD800 high and \uDC00 low surrogates, \uFFFE\uFFFF non-characters",
            new string('x', 40_000),
            "Excel escape _x0041_ stays literal",
            "  leading and trailing spaces  ",
            "<b>&amp; \"xml\" 'chars'</b> ]]>",
            "Zürich ☎ 😀 日本 עברית",
            "=cmd|' /C calc'!A0",
            null,
        ];
        IReadOnlyList<ExportColumn<string?>> columns = [ExportColumn<string?>.Text("Value", v => v), ExportColumn<string?>.Integer("Length", v => v?.Length)];
        using var xlsx = new XlsxReader(await ExportSamples.XlsxAsync(values, columns));

        Assert.Empty(xlsx.ValidationErrors().Select(e => e.Description));
        var texts = xlsx.Rows.Skip(1).Select(r => XlsxReader.Text(r.Elements<Cell>().First())).ToList();
        Assert.Equal("nul bell esc vt ff end", texts[0]);
        Assert.Equal("lone  high and  low surrogates,  non-characters", texts[1]);
        Assert.Equal(32_767, texts[2]!.Length);
        Assert.EndsWith("\u2026", texts[2]);
        Assert.Equal("Excel escape _x005F_x0041_ stays literal", texts[3]);
        Assert.Equal("  leading and trailing spaces  ", texts[4]);
        Assert.Equal(values[5], texts[5]);
        Assert.Equal(values[6], texts[6]);
        Assert.Equal(values[7], texts[7]); // an inline string is never a formula in .xlsx
        Assert.Null(texts[8]);
        Assert.Equal(2, xlsx.Rows[9].Elements<Cell>().Count()); // an empty value keeps its cell, so columns stay aligned
    }

    [Fact]
    public async Task An_empty_export_still_has_its_header_and_a_non_seekable_output_works()
    {
        using var output = new NonSeekableStream();
        await new Host.Documents.TableExporter().WriteXlsxAsync(output, AsyncEnumerable.Empty<SampleRow>(), ExportSamples.Columns, "", CancellationToken.None);
        using var xlsx = new XlsxReader(output.Written.ToArray());
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal("Sheet1", xlsx.Sheet.Name!.Value);
        Assert.Single(xlsx.Rows);
        Assert.False(output.SynchronousWrites > 0, "The exporter must write its output asynchronously only (response bodies forbid synchronous I/O).");
    }

    /// <summary>Like a response body: no seeking, and it counts synchronous writes.</summary>
    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public int SynchronousWrites { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            SynchronousWrites++;
            Written.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
