using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SelfCare.Platform.Api;

/// <summary>
/// Reads a v1 request body with the host's JSON options (unknown fields are refused) and turns every kind of bad
/// input (not JSON, unknown field, wrong type) into a 400 problem naming the field, never a 500.
/// </summary>
public static partial class ApiJson
{
    public const long MaxBodyBytes = 256 * 1024;

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    public static async Task<T> ReadAsync<T>(HttpContext http) where T : class
    {
        var request = http.Request;
        if (!request.HasJsonContentType())
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON.",
                "Send a JSON object with the header Content-Type: application/json.");
        if (request.ContentLength > MaxBodyBytes)
            throw new ApiProblemException(StatusCodes.Status413PayloadTooLarge, "The body is too large.",
                $"Send at most {MaxBodyBytes / 1024} KB.");
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, options, http.RequestAborted);
        }
        catch (JsonException e)
        {
            throw ApiProblemException.Validation(Describe(typeof(T), e, options));
        }
        if (body is null)
            throw ApiProblemException.Validation(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object."] });
        return body;
    }

    private static Dictionary<string, string[]> Describe(Type type, JsonException e, JsonSerializerOptions options)
    {
        if (UnmappedProperty().Match(e.Message) is { Success: true } unmapped)
            return One(unmapped.Groups[1].Value, $"'{unmapped.Groups[1].Value}' is not a field of this resource.");
        if (e.InnerException?.GetType().Name == "JsonReaderException")
            return One("body", $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        var field = FieldOf(e.Path);
        if (field is null)
            return One("body", "The body must be a JSON object.");
        var property = options.GetTypeInfo(type).Properties.FirstOrDefault(p => p.Name == field);
        return One(field, $"'{field}' must be {Expected(property?.PropertyType)}.");
    }

    private static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    // "$.name" -> "name", "$['odd name']" -> "odd name", "$" -> null (the body as a whole).
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return null;
        var rest = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (rest.StartsWith("['", StringComparison.Ordinal) && rest.EndsWith("']", StringComparison.Ordinal))
            rest = rest[2..^2];
        return rest.Length == 0 ? null : rest;
    }

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "of another type",
            _ when type == typeof(string) => "text (a JSON string)",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time such as 2026-01-31T12:00:00Z",
            _ when type == typeof(DateOnly) => "a date such as 2026-01-31",
            _ when type == typeof(Guid) => "a GUID",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type.IsArray || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) => "a JSON array",
            _ => "a JSON object",
        };
    }
}
