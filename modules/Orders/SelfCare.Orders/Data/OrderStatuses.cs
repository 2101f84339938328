namespace SelfCare.Orders.Data;

internal static class OrderStatuses
{
    /// <summary>The status named by <paramref name="text"/> (any case), or null when it names none.</summary>
    public static OrderStatus? Parse(string? text) =>
        Enum.TryParse<OrderStatus>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(text, out _) ? s : null;

    public static OrderStatus Require(string text) =>
        Parse(text) ?? throw new ArgumentException($"Unknown order status '{text}' (New, Sent, Completed, Hold or Error).", nameof(text));
}
