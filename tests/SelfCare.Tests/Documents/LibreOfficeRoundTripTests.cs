using System.Diagnostics;
using System.Globalization;
using SelfCare.Host.Documents;

namespace SelfCare.Tests.Documents;

/// <summary>
/// A 100,000-row workbook opens in another spreadsheet program: LibreOffice converts it to CSV headless, and
/// the values it shows are the ones exported (text, integers, numbers, dates, date-times, money, percent).
/// </summary>
public sealed class LibreOfficeRoundTripTests
{
    private const int RowCount = 100_000;

    [Fact]
    public async Task A_100000_row_workbook_opens_in_LibreOffice_and_its_values_round_trip()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: run `apt-get install -y libreoffice-calc-nogui`.");
        var folder = Path.Combine(Path.GetTempPath(), $"selfcare-xlsx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var xlsx = Path.Combine(folder, "export.xlsx");
            await using (var file = File.Create(xlsx))
                await new TableExporter().WriteXlsxAsync(file, ExportSamples.Rows(RowCount), ExportSamples.Columns, "Export", CancellationToken.None);

            await ConvertAsync(soffice, folder, xlsx);

            var rows = CsvParser.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "export.csv")));
            Assert.Equal(RowCount + 1, rows.Count);
            Assert.Equal(["Text", "Whole", "Real", "Day", "Moment", "USD", "EUR", "JPY", "Share"], rows[0]);
            var mismatches = new List<string>();
            for (var i = 0; i < RowCount; i++)
            {
                var expected = Shown(ExportSamples.Row(i));
                if (!expected.SequenceEqual(rows[i + 1]))
                    mismatches.Add($"row {i}: expected [{string.Join(" | ", expected)}] got [{string.Join(" | ", rows[i + 1])}]");
            }
            Assert.True(mismatches.Count == 0, $"{mismatches.Count} rows differ, first: {string.Join("\n", mismatches.Take(5))}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What LibreOffice shows for a row with the exporter's number formats (en-US, its default locale).</summary>
    private static string[] Shown(SampleRow r)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            r.Text!,
            r.Whole!.Value.ToString(inv),
            r.Real!.Value.ToString(inv),
            r.Day!.Value.ToString("yyyy-MM-dd", inv),
            r.Moment!.Value.ToString("yyyy-MM-dd HH:mm", inv),
            Money("$", r.Usd!.Value, 2),
            Money("€", r.Eur!.Value, 2),
            Money("¥", r.Yen!.Value, 0),
            (r.Share!.Value * 100).ToString("0.00", inv) + "%",
        ];
    }

    private static string Money(string symbol, decimal amount, int decimals) =>
        (amount < 0 ? "-" : "") + symbol + Math.Abs(amount).ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static async Task ConvertAsync(string soffice, string folder, string xlsx)
    {
        var info = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        // Its own profile folder, so a LibreOffice already running (or another test) does not take the job.
        foreach (var argument in new[]
                 {
                     $"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
                     "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder, xlsx,
                 })
            info.ArgumentList.Add(argument);
        info.Environment["HOME"] = folder;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the workbook within 5 minutes.");
        }
        Assert.True(process.ExitCode == 0 && File.Exists(Path.Combine(folder, "export.csv")),
            $"LibreOffice failed ({process.ExitCode}): {await output} {await error}");
    }
}
