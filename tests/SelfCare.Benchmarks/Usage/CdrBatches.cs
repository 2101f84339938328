using System.Text.Json;

namespace SelfCare.Benchmarks.Usage;

/// <summary>JSON bodies for POST /api/v1/cdrs: 100,000 calls each, spread over the last 11 months and CallTower's demo accounts.</summary>
internal static class CdrBatches
{
    public const int BatchRows = 100_000;

    private static readonly (string Account, string Service)[] Services =
    [
        ("CT-5000", "617-555-0100"), ("CT-5000", "UC-CT5000-HQ"), ("CT-5001", "UC-CT5001-NE"), ("CT-5002", "401-555-0114"),
        ("CT-5002", "UC-CT5002-114"),
    ];

    public static byte[] Json(int batch)
    {
        var random = new Random(batch);
        var start = DateTime.UtcNow.Date.AddMonths(-11);
        var span = (int)(DateTime.UtcNow.AddHours(-1) - start).TotalSeconds;
        using var buffer = new MemoryStream(BatchRows * 260);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 0; i < BatchRows; i++)
            {
                var (account, service) = Services[random.Next(Services.Length)];
                var outbound = random.Next(100) < 60;
                var seconds = 5 + random.Next(1800);
                json.WriteStartObject();
                json.WriteString("id", $"bench-{batch:000}-{i:000000}");
                json.WriteString("start", start.AddSeconds(random.Next(span)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
                json.WriteString("from", outbound ? "617-555-0100" : $"{200 + random.Next(790)}-555-{random.Next(10000):0000}");
                json.WriteString("to", outbound ? $"{200 + random.Next(790)}-555-{random.Next(10000):0000}" : "617-555-0100");
                json.WriteString("direction", outbound ? "Outbound" : "Inbound");
                json.WriteNumber("durationSeconds", seconds);
                json.WriteNumber("amount", outbound ? (seconds + 59) / 60 * 0.0125m : 0m);
                json.WriteString("currency", "USD");
                json.WriteString("serviceId", service);
                json.WriteString("account", account);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }
}
