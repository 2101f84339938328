using SelfCare.Accounts.Contracts;

namespace SelfCare.Orders.Data;

/// <summary>The accounts and locations the user may see, loaded once per request to filter and label orders.</summary>
internal sealed record OrderLookups(IReadOnlyDictionary<Guid, AccountEntry> Accounts, IReadOnlyDictionary<Guid, LocationEntry> Locations)
{
    public OrderRow ToRow(Order o)
    {
        var address = o.LocationId is { } l && Locations.TryGetValue(l, out var location)
            ? $"{location.Name}: {location.Address}" : o.AddressLine;
        return Accounts.TryGetValue(o.AccountId, out var a)
            ? new OrderRow(o, a.Number, a.Name, address) : new OrderRow(o, "", "", address);
    }
}
