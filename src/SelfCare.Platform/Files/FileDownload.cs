using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SelfCare.Platform.Files;

/// <summary>
/// Serves a stored file safely: always as an attachment (never rendered inline), with the detected
/// content type, <c>X-Content-Type-Options: nosniff</c> and an RFC 6266 <c>filename*</c>.
/// </summary>
public static class FileDownload
{
    public static IResult Result(OpenedFile opened) => new DownloadResult(opened);

    /// <summary>The Content-Disposition value: an ASCII fallback name and the UTF-8 <c>filename*</c>.</summary>
    public static string ContentDisposition(string originalName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(originalName);
        return header.ToString();
    }

    private sealed class DownloadResult(OpenedFile opened) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            await using (opened)
            {
                var response = context.Response;
                response.ContentType = opened.File.ContentType;
                response.ContentLength = opened.File.Size;
                response.Headers.ContentDisposition = ContentDisposition(opened.File.OriginalName);
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "private, no-store";
                response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                await opened.Content.CopyToAsync(response.Body, context.RequestAborted);
            }
        }
    }
}
