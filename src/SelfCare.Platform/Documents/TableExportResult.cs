using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace SelfCare.Platform.Documents;

/// <summary>
/// A download of rows as .xlsx or CSV, streamed into the response body by <see cref="ITableExporter"/>.
/// Usable as a Razor Pages/MVC result and as a minimal-API result. Create it with <see cref="TableExport"/>.
/// </summary>
public sealed class TableExportResult<T>(
    ExportFormat format, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string fileName, string sheetName)
    : IActionResult, IResult
{
    /// <summary>The file name sent to the browser, extension included.</summary>
    public string FileName { get; } = TableExport.SafeFileName(fileName) + (format == ExportFormat.Xlsx ? ".xlsx" : ".csv");

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var exporter = httpContext.RequestServices.GetRequiredService<ITableExporter>();
        var response = httpContext.Response;
        response.ContentType = format == ExportFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        // Tenant data: no shared cache may keep it.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        var ct = httpContext.RequestAborted;
        if (format == ExportFormat.Xlsx)
            await exporter.WriteXlsxAsync(response.Body, rows, columns, sheetName, ct);
        else
            await exporter.WriteCsvAsync(response.Body, rows, columns, ct);
    }
}
