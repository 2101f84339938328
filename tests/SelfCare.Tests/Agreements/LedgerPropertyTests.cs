using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Provisioning;
using SelfCare.Tests.Email;

namespace SelfCare.Tests.Agreements;

/// <summary>
/// The ledger's invariants over random sequences (purchases, time, adjustments, days passing with expiry and carry-over) and under
/// concurrent time entries against one bucket: balance = credited − drawn + adjusted − expired, no bucket below zero, every entry's
/// minutes = drawn + billable, billable only when nothing usable was left, no lost update, one alert per crossing. Both providers.
/// </summary>
public abstract class LedgerPropertyTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private const string Tenant = "accelerando";

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = portal.TenantScope(Tenant);
        return await work(scope.ServiceProvider);
    }

    private async Task<Guid> AgreementAsync(string number, DateOnly start, decimal included, int carry, int? validity, decimal? lowHours, string type = "MasterServices")
    {
        await portal.ActivateAsync(Tenant);
        return await InScopeAsync(async s =>
        {
            var account = (await s.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(default))["MS-4200"];
            return await s.GetRequiredService<IAgreementProvisioning>().CreateAsync(new NewAgreement(account, number, number, type, start, null, false,
                ["HelpDesk", "ProfessionalServices"], null, 95m, 125m, 1m, included, carry, validity, 100m, lowHours, false), default);
        });
    }

    private Task<bool> LogAsync(Guid agreement, decimal hours, DateOnly? on, string key, string tier = "HelpDesk") => InScopeAsync(s =>
        s.GetRequiredService<IAgreementProvisioning>().LogTimeAsync(new NewAgreementTime(agreement, Guid.NewGuid(), 9000, "Property test", Guid.Empty,
            null, tier, false, hours, on ?? DateOnly.FromDateTime(DateTime.UtcNow), "tester", key), default));

    private async Task CheckInvariantsAsync(Guid agreement)
    {
        await InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AgreementsDbContext>();
            var entries = await db.Entries.AsNoTracking().Where(e => e.AgreementId == agreement).ToListAsync();
            var byBucket = entries.GroupBy(e => e.BucketId).ToDictionary(g => g.Key, g => g.Sum(e => e.Minutes));
            Assert.All(byBucket, b => Assert.True(b.Value >= 0, $"bucket {b.Key} at {b.Value}"));
            int Of(LedgerEntryKind k) => entries.Where(e => e.Kind == k).Sum(e => e.Minutes);
            var credited = Of(LedgerEntryKind.Purchase) + Of(LedgerEntryKind.Included);
            var drawn = -Of(LedgerEntryKind.Draw);
            var expired = -Of(LedgerEntryKind.Expiry);
            Assert.Equal(0, Of(LedgerEntryKind.CarryIn) + Of(LedgerEntryKind.CarryOut));
            Assert.Equal(credited - drawn + Of(LedgerEntryKind.Adjustment) - expired, byBucket.Values.Sum());
            var time = await db.TimeEntries.AsNoTracking().Where(t => t.AgreementId == agreement).ToListAsync();
            var drawsByEntry = entries.Where(e => e.Kind == LedgerEntryKind.Draw).GroupBy(e => e.TimeEntryId!.Value).ToDictionary(g => g.Key, g => -g.Sum(e => e.Minutes));
            Assert.All(time, t => Assert.Equal(t.Minutes, drawsByEntry.GetValueOrDefault(t.Id) + t.BillableMinutes));
            Assert.Equal(drawn, time.Sum(t => t.Minutes - t.BillableMinutes));
            return 0;
        });
    }

    private Task<int> UsableAsync(Guid agreement, DateOnly day) => InScopeAsync(async s =>
        (await s.GetRequiredService<HoursLedger>().BucketsAsync(agreement, default)).Where(b => b.UsableOn(day)).Sum(b => b.Balance));

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public async Task Random_sequences_keep_the_balance_derived_and_draw_everything_usable_before_billing(int seed)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5)); // the tenant's zone is behind UTC
        var day = today.AddMonths(-9);
        var agreement = await AgreementAsync($"P-{seed}-{typeof(TPortal).Name}", day, included: random.Next(0, 3) * 2, carry: random.Next(0, 3),
            validity: random.Next(0, 2) == 0 ? null : random.Next(1, 4), lowHours: null, type: random.Next(0, 2) == 0 ? "MasterServices" : "BlockHours");
        for (var step = 0; step < 40 && day <= today; step++)
        {
            switch (random.Next(0, 10))
            {
                case < 3:
                    await InScopeAsync(async s =>
                    {
                        await s.GetRequiredService<IAgreementProvisioning>().PurchaseAsync(agreement, random.Next(1, 9), 100m, day, $"p-{seed}-{step}-{typeof(TPortal).Name}", default);
                        return 0;
                    });
                    break;
                case < 8:
                    Assert.True(await LogAsync(agreement, random.Next(1, 17) * 0.25m, day, $"t-{seed}-{step}-{typeof(TPortal).Name}"));
                    var last = await InScopeAsync(s => s.GetRequiredService<AgreementsDbContext>().TimeEntries.AsNoTracking()
                        .SingleAsync(t => t.Key == $"t-{seed}-{step}-{typeof(TPortal).Name}"));
                    if (last.BillableMinutes > 0)
                        Assert.Equal(0, await UsableAsync(agreement, day)); // billed only once nothing usable was left
                    break;
                default:
                    var minutes = random.Next(-120, 121);
                    await InScopeAsync(async s =>
                    {
                        var bucket = (await s.GetRequiredService<HoursLedger>().BucketsAsync(agreement, default)).Where(b => b.Balance > 0).Select(b => (Guid?)b.Id).FirstOrDefault();
                        // A refusal (more than the bucket holds) is an answer too; the invariants must hold either way.
                        await s.GetRequiredService<Adjustments>().AdjustAsync(agreement, minutes < 0 ? bucket : null, minutes == 0 ? 15 : minutes, "property", "tester", default, day);
                        return 0;
                    });
                    break;
            }
            await CheckInvariantsAsync(agreement);
            day = day.AddDays(random.Next(0, 15));
        }
    }

    [Fact]
    public async Task Concurrent_time_entries_never_overdraw_lose_an_update_or_alert_twice()
    {
        var number = $"C-{typeof(TPortal).Name}";
        var agreement = await AgreementAsync(number, DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1), 0, 0, null, lowHours: 8m, type: "BlockHours");
        await InScopeAsync(async s =>
        {
            await s.GetRequiredService<IAgreementProvisioning>().PurchaseAsync(agreement, 10m, 1000m, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5)), $"c-{number}", default);
            return 0;
        });

        // 50 entries of 15 minutes at once against 600 minutes: 600 drawn, 150 billable, the 8-hour threshold crossed once.
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => LogAsync(agreement, 0.25m, null, $"c-{number}-{i}"))));
        Assert.All(results, Assert.True);
        await CheckInvariantsAsync(agreement);
        var time = await InScopeAsync(s => s.GetRequiredService<AgreementsDbContext>().TimeEntries.AsNoTracking().Where(t => t.AgreementId == agreement).ToListAsync());
        Assert.Equal(50, time.Count);
        Assert.Equal(600, time.Sum(t => t.Minutes - t.BillableMinutes));
        Assert.Equal(150, time.Sum(t => t.BillableMinutes));
        Assert.Equal(0, await UsableAsync(agreement, DateOnly.FromDateTime(DateTime.UtcNow)));

        var alerts = (await portal.OutboxAsync(Tenant)).Where(m => m.Template == "agreement-low-balance" && m.Subject.Contains(number)).ToList();
        Assert.NotEmpty(alerts);
        Assert.Equal(alerts.Count, alerts.Select(m => m.ToAddress).Distinct().Count()); // one per recipient: one crossing
    }
}

public sealed class LedgerPropertiesOnSqlite(EmailPortal portal) : LedgerPropertyTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class LedgerPropertiesOnPostgres(EmailPostgresPortal portal) : LedgerPropertyTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
