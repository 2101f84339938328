using SelfCare.Billing.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>Autopay on for two demo accounts (sandbox test cards), so the demo's Bill Summary and Autopay page show it.</summary>
internal sealed class DemoAutopaySeeder(IAutopayProvisioning autopay, TimeProvider clock)
{
    private static readonly (string Account, string Card, string Holder, string By)[] Enrolled =
    [
        ("AC-100104", "4242424242424242", "Morgan Price", "it@bluegrasshealth.example"),
        ("AC-200200", "5555555555554444", "Casey Fields", "ops@derbycity.example"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> ids, CancellationToken ct)
    {
        var expiryYear = clock.GetUtcNow().Year + 3;
        foreach (var (account, card, holder, by) in Enrolled)
        {
            if (ids.TryGetValue(account, out var id))
                await autopay.EnrolCardAsync(id, card, 12, expiryYear, holder, by, ct);
        }
    }
}
