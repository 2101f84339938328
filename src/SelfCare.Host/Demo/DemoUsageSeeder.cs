using System.Diagnostics;
using SelfCare.Platform.Tenancy;
using SelfCare.Usage.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>
/// Twelve months of calls (and this month so far) for CallTower's active services, generated deterministically and streamed
/// into the bulk import. The count is <c>SelfCare:Demo:CallDetailRows</c> (0 by default, so tests seed none; run.sh asks for
/// 300,000); calls cluster in business hours on weekdays in the tenant's zone.
/// </summary>
internal sealed class DemoUsageSeeder(ICallDetailImport import, IConfiguration configuration, TimeProvider clock, ILogger log)
{
    public const string CountSetting = "SelfCare:Demo:CallDetailRows";
    private const string Tenant = "calltower";
    private const int Months = 12;

    public async Task SeedAsync(TenantInfo tenant, DemoData data, IReadOnlyDictionary<string, Guid> ids, CancellationToken ct)
    {
        var count = configuration.GetValue(CountSetting, 0);
        if (tenant.Id != Tenant || !tenant.IsEnabled("Usage") || count <= 0)
            return;
        var services = data.Services.Where(s => s.Status == "Active").Select(s => (s.Id, Account: ids[s.Account])).ToList();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var start = new DateTime(local.Year, local.Month, 1).AddMonths(-Months);
        var watch = Stopwatch.StartNew();
        var added = await import.ImportAsync(Calls(services, count, start, now.UtcDateTime, zone).ToAsyncEnumerable(), ct);
        log.LogInformation("Seeded {Rows} demo call detail records for {Tenant} in {Ms} ms", added, tenant.Id, watch.ElapsedMilliseconds);
    }

    private static IEnumerable<NewCallDetail> Calls(List<(string Id, Guid Account)> services, int count, DateTime startLocal,
        DateTime endUtc, TimeZoneInfo zone)
    {
        var random = new Random(20261122);
        var days = (int)(TimeZoneInfo.ConvertTimeFromUtc(endUtc, zone) - startLocal).TotalDays;
        for (var i = 0; i < count; i++)
        {
            var (serviceId, account) = services[(int)(services.Count * Math.Pow(random.NextDouble(), 1.6))];
            var day = startLocal.AddDays(random.Next(days));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.Next(4) != 0)
                day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
            var at = day.AddHours(8 + random.Next(10)).AddSeconds(random.Next(3600));
            var startUtc = TimeZoneInfo.ConvertTimeToUtc(at, zone);
            if (startUtc >= endUtc)
                startUtc = endUtc.AddMinutes(-1 - random.Next(600));
            var outbound = random.Next(100) < 62;
            var seconds = (int)Math.Min(7200, 8 + -Math.Log(1 - random.NextDouble()) * 180);
            var own = char.IsDigit(serviceId[0]) ? serviceId : $"303-555-{1000 + serviceId.Sum(c => c) % 9000:0000}";
            var other = $"{200 + random.Next(790)}-555-{random.Next(10000):0000}";
            var minutes = (seconds + 59) / 60;
            var amount = outbound ? minutes * 0.0125m : random.Next(10) == 0 ? minutes * 0.0085m : 0m;
            yield return new NewCallDetail($"demo-cdr-{i:0000000}", account, serviceId, new DateTimeOffset(startUtc, TimeSpan.Zero),
                outbound ? own : other, outbound ? other : own, outbound ? "Outbound" : "Inbound", seconds, amount, "USD");
        }
    }
}
