using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Api;
using SelfCare.Usage.Import;

namespace SelfCare.Usage.Api;

/// <summary>POST /api/v1/cdrs: a batch of up to 100,000 calls as a JSON array or CSV, read as it streams in; scope Usage:write.</summary>
internal static class CdrApiV1
{
    /// <summary>100,000 rows of about 300 bytes, with room to spare (Kestrel's default is 30 MB).</summary>
    private const long MaxBodyBytes = 100L * 1024 * 1024;

    public static void MapCdrApiV1(this IEndpointRouteBuilder v1) =>
        v1.MapPost("/cdrs", async (HttpContext http, CdrImporter importer, IOptions<JsonOptions> json, CancellationToken ct) =>
            {
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = MaxBodyBytes;
                if (http.Request.ContentLength > MaxBodyBytes)
                    throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "The body is too large.",
                        $"Send at most {MaxBodyBytes / 1024 / 1024} MB ({CdrImporter.MaxRowsPerRequest:N0} rows) per request.");
                var rows = http.Request.HasJsonContentType()
                    ? CdrJsonReader.ReadAsync(http.Request.Body, json.Value.SerializerOptions, ct)
                    : IsCsv(http.Request.ContentType)
                        ? CdrCsvReader.ReadAsync(http.Request.Body, ct)
                        : throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON or CSV.",
                            "Send a JSON array with Content-Type: application/json, or CSV with a header line and Content-Type: text/csv.");
                var outcome = await importer.ImportAsync(rows, CdrImporter.MaxRowsPerRequest, ct);
                if (outcome.TooManyRows)
                    throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "Too many rows; nothing was imported.",
                        outcome.Errors[0].Message);
                if (!outcome.Succeeded)
                    throw new ApiProblemException(StatusCodes.Status400BadRequest, "Some rows are invalid; nothing was imported.",
                        $"See errors: the first {CdrImporter.MaxReportedErrors} problems at most, each keyed by row (rows[i] from 0, or CSV line) and field.",
                        outcome.Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
                return Results.Ok(new CdrImportResultV1(outcome.Received, outcome.Imported, outcome.Duplicates));
            })
            .RequireApiScope(UsageModule.Id, ApiAccess.Write)
            .Produces<CdrImportResultV1>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Import call detail records in bulk")
            .WithDescription("Up to 100,000 calls per request, as a JSON array of objects (id, start, from, to, direction, durationSeconds, amount, " +
                "currency, serviceId, account, billingCycle) or as CSV with those column names in a header line. All or nothing: a bad row " +
                "imports nothing and the problem lists the first bad rows. Rows whose id was already imported are skipped, so a retried batch adds nothing.");

    private static bool IsCsv(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/csv", StringComparison.OrdinalIgnoreCase));
}
