namespace SelfCare.Orders.Data;

/// <summary>The list's filters as the user typed them; <see cref="OrderQuery"/> turns them into a query.</summary>
internal sealed record OrderFilter(Guid? Account, OrderStatus? Status, string? Search, DateOnly? From, DateOnly? To);
