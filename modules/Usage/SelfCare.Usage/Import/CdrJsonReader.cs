using System.Runtime.CompilerServices;
using System.Text.Json;
using SelfCare.Usage.Api;

namespace SelfCare.Usage.Import;

/// <summary>
/// Reads a JSON array of <see cref="CdrRowV1"/> element by element as the body arrives (never the whole body).
/// A row that is not valid JSON or has a field of the wrong type ends the read with that row's index.
/// </summary>
internal static class CdrJsonReader
{
    public static async IAsyncEnumerable<CdrImportRow> ReadAsync(Stream body, JsonSerializerOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var index = 0;
        await using var rows = JsonSerializer.DeserializeAsyncEnumerable<CdrRowV1>(body, options, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            CdrRowV1? row;
            try
            {
                if (!await rows.MoveNextAsync())
                    yield break;
                row = rows.Current;
            }
            catch (JsonException e)
            {
                throw new CdrFormatException(new CdrRowError(index == 0 && e.Path is null or "$" ? "body" : $"rows[{index}]", "", Describe(e)));
            }
            var position = $"rows[{index++}]";
            yield return row is null
                ? new CdrImportRow(position, null, null, null, null, null, null, null, null, null, null, null, [("", "A row must be a JSON object.")])
                : new CdrImportRow(position, row.Id, row.Start, row.From, row.To, row.Direction, row.DurationSeconds, row.Amount,
                    row.Currency, row.ServiceId, row.Account, row.BillingCycle);
        }
    }

    private static string Describe(JsonException e)
    {
        var field = e.Path is { Length: > 0 } path && path.LastIndexOf('.') is var dot and >= 0 ? path[(dot + 1)..] : null;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
            return "The row has a field that is not one of id, start, from, to, direction, durationSeconds, amount, currency, serviceId, account, billingCycle.";
        if (e.InnerException?.GetType().Name == "JsonReaderException" || field is null)
            return $"The body must be a JSON array of call objects; it is not valid there (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).";
        return $"The field '{field}' has the wrong type (durationSeconds is a whole number, amount a number, the others text).";
    }
}
