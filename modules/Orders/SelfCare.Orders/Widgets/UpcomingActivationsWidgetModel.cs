namespace SelfCare.Orders.Widgets;

/// <summary>Orders in the user's scope activating in the next <see cref="Days"/> days (the first few listed).</summary>
public sealed record UpcomingActivationsWidgetModel(int Days, int Total, IReadOnlyList<UpcomingActivation> First);
