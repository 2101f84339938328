using System.Globalization;
using System.Net;
using System.Text;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Running;

/// <summary>
/// Writes a run as a file: Excel and CSV streamed through <see cref="ITableExporter"/>; PDF as a printable HTML table
/// rendered by Chromium, capped at <see cref="PdfRowLimit"/> rows with a note saying so.
/// </summary>
internal sealed class ReportFileWriter(ITableExporter exporter, IPdfRenderer pdf)
{
    public const int PdfRowLimit = 2_000;

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.Csv => "csv",
        _ => "pdf",
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/pdf",
    };

    /// <summary>Writes the file; returns the number of rows read. <paramref name="progress"/> hears the count every 1,000 rows.</summary>
    public async Task<int> WriteAsync(IReportDefinition definition, ReportArguments arguments, ReportFormat format, Stream output,
        Func<int, Task>? progress, CancellationToken ct)
    {
        var counter = new RowCounter(progress);
        var rows = counter.Count(definition.ReadAsync(arguments, ct), ct);
        var columns = definition.Columns.Select((c, i) => ExportColumn<ExportValue[]>.OfKind(c.Header, c.Kind, r => r[i],
            c.Kind == ExportColumnKind.Money ? c.Currency ?? "USD" : null)).ToList();
        switch (format)
        {
            case ReportFormat.Xlsx:
                await exporter.WriteXlsxAsync(output, rows, columns, definition.Name, ct);
                break;
            case ReportFormat.Csv:
                await exporter.WriteCsvAsync(output, rows, columns, ct);
                break;
            default:
                var html = await PdfHtmlAsync(definition, arguments, rows, ct);
                var bytes = await pdf.RenderAsync(html, new PdfOptions { Landscape = definition.Columns.Count > 6 }, ct);
                await output.WriteAsync(bytes, ct);
                break;
        }
        return counter.Rows;
    }

    private static async Task<string> PdfHtmlAsync(IReportDefinition definition, ReportArguments arguments, IAsyncEnumerable<ExportValue[]> rows, CancellationToken ct)
    {
        var columns = definition.Columns;
        var body = new StringBuilder();
        var totals = new decimal[columns.Count];
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            count++;
            for (var i = 0; i < columns.Count; i++)
                totals[i] += columns[i].Total ? ReportValues.Number(row[i], columns[i].Kind) ?? 0 : 0;
            if (count > PdfRowLimit)
                continue; // keep counting and totalling past the cap, so the note and totals are true
            body.Append("<tr>");
            for (var i = 0; i < columns.Count; i++)
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"{(IsNumeric(columns[i].Kind) ? "n" : "")}\">{E(ReportValues.Text(row[i], columns[i].Kind, columns[i].Currency))}</td>");
            body.Append("</tr>");
        }
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(definition.Name)).Append("</title><style>")
            .Append("body{font-family:sans-serif;font-size:10px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:2px 4px}")
            .Append("th{background:#eee;text-align:left}td.n{text-align:right}thead{display:table-header-group}tr{page-break-inside:avoid}.note{font-weight:bold}")
            .Append("</style></head><body><h1>").Append(E(definition.Name)).Append("</h1><p>").Append(E(Describe(arguments))).Append("</p>");
        if (count > PdfRowLimit)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">This PDF shows the first {PdfRowLimit:#,##0} of {count:#,##0} rows. Export to Excel or CSV for every row.</p>");
        html.Append("<table><thead><tr>");
        foreach (var c in columns)
            html.Append("<th>").Append(E(c.Header)).Append("</th>");
        html.Append("</tr></thead><tbody>").Append(body).Append("</tbody>");
        if (columns.Any(c => c.Total))
        {
            html.Append("<tfoot><tr>");
            for (var i = 0; i < columns.Count; i++)
                html.Append("<td class=\"n\">").Append(i == 0 && !columns[i].Total ? "Total" : columns[i].Total ? E(TotalText(totals[i], columns[i])) : "").Append("</td>");
            html.Append("</tr></tfoot>");
        }
        html.Append(CultureInfo.InvariantCulture, $"</table><p>{count:#,##0} rows.</p></body></html>");
        return html.ToString();
    }

    public static string TotalText(decimal total, ReportColumn column) => column.Kind switch
    {
        ExportColumnKind.Money => ReportValues.Money(total, column.Currency),
        ExportColumnKind.Integer => total.ToString("#,##0", CultureInfo.InvariantCulture),
        _ => total.ToString("#,##0.##", CultureInfo.InvariantCulture),
    };

    public static string Describe(ReportArguments a)
    {
        var parts = new List<string>();
        if (a.BillingCycle is { } cycle)
            parts.Add("Billing cycle " + cycle.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        else if (a.From is { } from && a.To is { } to)
            parts.Add($"From {TenantTime.ToLocal(from, a.TimeZone):yyyy-MM-dd HH:mm} to {TenantTime.ToLocal(to, a.TimeZone):yyyy-MM-dd HH:mm} ({a.TimeZone.Id})");
        foreach (var (key, value) in a.Choices)
            parts.Add($"{key}: {value}");
        return string.Join("; ", parts);
    }

    private static bool IsNumeric(ExportColumnKind kind) => kind is ExportColumnKind.Money or ExportColumnKind.Integer or ExportColumnKind.Number or ExportColumnKind.Percent;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
