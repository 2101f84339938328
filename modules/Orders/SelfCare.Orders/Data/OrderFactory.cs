using SelfCare.Orders.Contracts;

namespace SelfCare.Orders.Data;

/// <summary>Builds order rows the same way for provisioning, the staff form and the API.</summary>
internal static class OrderFactory
{
    public static Order Create(NewOrder order, DateTimeOffset now)
    {
        var status = OrderStatuses.Require(order.Status);
        var at = order.CreatedAt ?? now;
        var entity = new Order
        {
            Id = Guid.NewGuid(),
            Number = order.Number.Trim(),
            ExternalId = string.IsNullOrWhiteSpace(order.ExternalId) ? null : order.ExternalId.Trim(),
            AccountId = order.AccountId,
            Status = status,
            OrderType = order.OrderType,
            Description = order.Description,
            RequestedDate = order.RequestedDate,
            ActivationDate = order.ActivationDate,
            LocationId = order.LocationId,
            CreatedAt = at,
            CreatedBy = order.CreatedBy,
            Lines = order.Lines.Select((l, i) => Line(l, i)).ToList(),
        };
        SetAddress(entity, order.Address);
        entity.History.Add(new OrderHistoryEntry
        {
            Id = Guid.NewGuid(), OrderRowId = entity.Id, FromStatus = null, ToStatus = status, ChangedBy = order.CreatedBy,
            At = at, Comment = "Order created",
        });
        foreach (var note in order.Notes ?? [])
            entity.Notes.Add(Note(entity.Id, note, at));
        return entity;
    }

    public static void SetAddress(Order order, OrderAddress? address)
    {
        order.Street1 = address?.Street1;
        order.Street2 = address?.Street2;
        order.City = address?.City;
        order.Region = address?.Region;
        order.PostalCode = address?.PostalCode;
        order.Country = address?.Country;
    }

    public static OrderLine Line(NewOrderLine l, int position) => new()
    {
        Id = Guid.NewGuid(), Service = l.Service, ServiceId = l.ServiceId, Quantity = l.Quantity, UnitPrice = l.UnitPrice,
        Currency = l.Currency.ToUpperInvariant(), Recurring = l.Recurring, Position = position,
    };

    public static OrderNote Note(Guid orderId, NewOrderNote note, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), OrderRowId = orderId, Text = note.Text, Author = note.Author, At = note.At ?? now,
    };

    /// <summary>Sets the new status on the (tracked) order and returns the history row to add.</summary>
    public static OrderHistoryEntry StatusChange(Order order, OrderStatus to, string by, string? comment, DateTimeOffset at)
    {
        var entry = new OrderHistoryEntry
        {
            Id = Guid.NewGuid(), OrderRowId = order.Id, FromStatus = order.Status, ToStatus = to, ChangedBy = by, At = at,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        order.Status = to;
        return entry;
    }
}
