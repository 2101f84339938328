using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// Feeds rows through the tenant's integration API (<c>PUT /api/v1/{resource}/{externalId}</c>) as a reseller's
/// billing system would, several requests at a time. Every answer must be 201 or 200.
/// </summary>
internal sealed class ApiSeeder(HttpClient client, string apiBase, string key)
{
    private const int Parallelism = 8;

    public async Task<TimeSpan> PutAllAsync<T>(string resource, IEnumerable<T> items, Func<T, (string ExternalId, object Body)> describe)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, ct) =>
        {
            var (externalId, body) = describe(item);
            using var response = await client.SendAsync(Put(resource, externalId, body), ct);
            await EnsureAsync(response, resource, externalId);
        });
        return clock.Elapsed;
    }

    private HttpRequestMessage Put(string resource, string externalId, object body) =>
        new(HttpMethod.Put, $"{apiBase}/{resource}/{Uri.EscapeDataString(externalId)}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) },
            Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };

    private static async Task EnsureAsync(HttpResponseMessage response, string resource, string externalId)
    {
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
            throw new InvalidOperationException($"PUT {resource}/{externalId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
