namespace SelfCare.Platform.Modules;

/// <summary>A box on the Summary page, rendered by the named view component.</summary>
public sealed record SummaryWidget(string ViewComponent, int Order);
