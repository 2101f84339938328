using System.Text.Json;
using SelfCare.Orders.Contracts;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Demo;

/// <summary>Adds a demo tenant's orders (with their status steps and notes) and upcoming events from Demo/demo-orders.json.</summary>
internal sealed class DemoOrderSeeder(IOrderProvisioning orders, TimeProvider clock)
{
    private static readonly Lazy<Dictionary<string, DemoOrderData>> Data = new(() =>
    {
        using var stream = typeof(DemoOrderSeeder).Assembly.GetManifestResourceStream("Demo/demo-orders.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, DemoOrderData>>(stream, JsonSerializerOptions.Web)!;
    });

    /// <param name="locations">Demo location ids by account number and location name.</param>
    public async Task SeedAsync(
        TenantInfo tenant, IReadOnlyDictionary<string, Guid> accounts, IReadOnlyDictionary<(string Account, string Name), Guid> locations,
        CancellationToken ct)
    {
        if (!Data.Value.TryGetValue(tenant.Id, out var data))
            return;
        var now = clock.GetUtcNow();
        // The tenant's calendar day, as the Orders page's calendar counts it.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (var o in data.Orders)
        {
            var address = o.Address is { } a ? new OrderAddress(a.Street1, a.Street2, a.City, a.Region, a.PostalCode, a.Country) : null;
            var id = await orders.CreateAsync(new NewOrder(
                o.Number, accounts[o.Account], o.CreatedStatus, o.Type, o.Description,
                o.RequestedInDays is { } r ? today.AddDays(r) : null, o.ActivationInDays is { } d ? today.AddDays(d) : null,
                o.Location is null ? null : locations[(o.Account, o.Location)], address,
                [.. o.Lines.Select(l => new NewOrderLine(l.Service, l.Quantity, l.UnitPrice, l.Currency, l.Recurring, l.ServiceId))],
                o.CreatedBy, ExternalId: null, CreatedAt: now.AddDays(-o.CreatedDaysAgo),
                Notes: [.. o.Notes.Select(n => new NewOrderNote(n.Text, n.Author, now.AddDays(-n.DaysAgo)))]), ct);
            foreach (var step in o.Steps)
                await orders.ChangeStatusAsync(id, new OrderStatusChange(step.Status, step.By, step.Comment, now.AddDays(-step.DaysAgo)), ct);
        }
        foreach (var e in data.Events)
            await orders.PostEventAsync(new NewUpcomingEvent(today.AddDays(e.InDays), e.Title, e.Body,
                e.Account is null ? null : accounts[e.Account], e.PostedBy), ct);
    }
}
