using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SelfCare.Tests.Usage;

/// <summary>CDR bodies for the import API: JSON objects and CSV lines with unique ids per test.</summary>
internal static class CdrRows
{
    public const string CsvHeader = "id,start,from,to,direction,durationSeconds,amount,currency,serviceId,account";

    public static Dictionary<string, object?> Row(string id, string account, string serviceId = "502-555-0142", string start = "2026-10-05T14:30:00Z",
        string direction = "Outbound", long duration = 125, decimal amount = 0.0375m) => new()
    {
        ["id"] = id, ["start"] = start, ["from"] = "502-555-0142", ["to"] = "212-555-0199", ["direction"] = direction,
        ["durationSeconds"] = duration, ["amount"] = amount, ["currency"] = "USD", ["serviceId"] = serviceId, ["account"] = account,
    };

    public static StringContent Json(IEnumerable<object> rows) => new(JsonSerializer.Serialize(rows), Encoding.UTF8, "application/json");

    public static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    public static string CsvLine(string id, string account, string start = "2026-10-06 09:15:00", string amount = "0.02") =>
        string.Create(CultureInfo.InvariantCulture, $"{id},{start},502-555-0177,+18005550100,Inbound,61,{amount},USD,502-555-0177,{account}");
}
