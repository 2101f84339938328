using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using SelfCare.Platform.Reports;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>Streams Excel or CSV into the response as rows are read.</summary>
internal sealed class StreamedExport(ReportFileWriter writer, IReportDefinition definition, ReportArguments arguments, ReportFormat format, string name) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ReportFileWriter.ContentType(format);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        await writer.WriteAsync(definition, arguments, format, response.Body, null, context.HttpContext.RequestAborted);
    }
}
