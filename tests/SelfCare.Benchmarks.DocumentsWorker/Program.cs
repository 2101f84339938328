using System.Globalization;
using SelfCare.Benchmarks.DocumentsWorker;

// One measurement per process, so VmHWM is that measurement's peak:
//   excel ROWS FILE                         write an .xlsx of ROWS x 10 mixed columns to FILE
//   pdf HTMLFILE COUNT CONCURRENCY WARMUP   print HTMLFILE COUNT times through the warm renderer
// Prints one JSON object on the last line of standard output.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return args switch
{
    ["excel", var rows, var file] => await ExcelRun.RunAsync(int.Parse(rows, CultureInfo.InvariantCulture), file),
    ["pdf", var html, var count, var concurrency, var warmup] => await PdfRun.RunAsync(html,
        int.Parse(count, CultureInfo.InvariantCulture), int.Parse(concurrency, CultureInfo.InvariantCulture), int.Parse(warmup, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: excel ROWS FILE | pdf HTMLFILE COUNT CONCURRENCY WARMUP");
    return 2;
}
